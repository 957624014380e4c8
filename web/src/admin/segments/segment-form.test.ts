import { describe, expect, it } from 'vitest';
import { ZSegmentBody, ZSegmentFilters, type Segment } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import {
  describeFilters,
  joinedRangeBackwards,
  newSegmentValues,
  parseFilterList,
  segmentBody,
  segmentFieldErrors,
  segmentFilters,
  segmentFormValues,
  toggle,
} from './segment-form';

const t = createTranslator(en);

const segment: Segment = {
  id: '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  name: 'Finance alumni',
  description: 'For the spring seminar',
  filters: ZSegmentFilters.parse({ memberTypes: ['intern'], departments: ['Finance', 'Treasury'], countries: ['FI'], interests: ['mentor'], joinedFrom: '2025-01-01' }),
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
};

describe('the segment form', () => {
  it('reads a comma-separated list: trimmed, empties dropped, each value once', () => {
    expect(parseFilterList(' Finance,  IT, finance, ,Treasury ', 'departments')).toEqual(['Finance', 'IT', 'Treasury']);
    expect(parseFilterList('', 'skills')).toEqual([]);
    expect(parseFilterList('Excel; SAP\nPower BI', 'skills')).toEqual(['Excel', 'SAP', 'Power BI']);
  });

  it('writes country codes in capitals, as profiles keep them', () => {
    expect(parseFilterList('fi, se, FI', 'countries')).toEqual(['FI', 'SE']);
  });

  it('turns the form into filters the API takes, empty ones narrowing nothing', () => {
    expect(segmentFilters(newSegmentValues())).toEqual({
      memberTypes: [],
      departments: [],
      cities: [],
      countries: [],
      skills: [],
      interests: [],
      joinedFrom: null,
      joinedTo: null,
    });
    const body = segmentBody({ ...newSegmentValues(), name: 'Mentors', interests: ['gig', 'mentor'], memberTypes: ['retiree', 'intern'], cities: 'Espoo, Helsinki' });
    expect(body.filters).toMatchObject({ interests: ['mentor', 'gig'], memberTypes: ['intern', 'retiree'], cities: ['Espoo', 'Helsinki'] });
    expect(ZSegmentBody.safeParse(body).success).toBe(true);
  });

  it('reads a saved segment back into the form and saves it unchanged', () => {
    const values = segmentFormValues(segment);
    expect(values).toMatchObject({ departments: 'Finance, Treasury', countries: 'FI', joinedFrom: '2025-01-01', joinedTo: '' });
    expect(segmentBody(values)).toEqual({ name: segment.name, description: segment.description, filters: segment.filters });
  });

  it('ticks and unticks choices', () => {
    expect(toggle(['intern'], 'retiree', true)).toEqual(['intern', 'retiree']);
    expect(toggle(['intern'], 'intern', true)).toEqual(['intern']);
    expect(toggle(['intern', 'retiree'], 'intern', false)).toEqual(['retiree']);
  });

  it('notices a joined range that runs backwards', () => {
    expect(joinedRangeBackwards({ joinedFrom: '2026-02-01', joinedTo: '2026-01-31' })).toBe(true);
    expect(joinedRangeBackwards({ joinedFrom: '2026-02-01', joinedTo: '2026-02-01' })).toBe(false);
    expect(joinedRangeBackwards({ joinedFrom: '', joinedTo: '2026-01-31' })).toBe(false);
  });

  it('shows errors on the field that holds the list', () => {
    const values = { ...newSegmentValues(), skills: `Excel, ${'x'.repeat(121)}`, joinedFrom: '2026-02-01', joinedTo: '2026-01-01' };
    let error: unknown = null;
    try {
      validateBody(ZSegmentBody, segmentBody(values));
    } catch (caught) {
      error = caught;
    }
    expect(segmentFieldErrors(error, t)).toEqual({
      name: 'This field is required.',
      skills: en['segments.error.list'],
      joinedTo: 'The end date is before the start date.',
    });
    expect(segmentFieldErrors(new ApiError({ status: 409, code: 'conflict', message: 'x' }), t)).toEqual({});
  });

  it('sums up a saved segment’s filters in one line', () => {
    expect(describeFilters(segment.filters, t, 'en')).toBe(
      'Member types: Intern; Departments: Finance, Treasury; Countries: FI; Interests: Mentoring; Joined from 1 Jan 2025',
    );
    expect(describeFilters(ZSegmentFilters.parse({}), t, 'en')).toBe('All members');
  });
});
