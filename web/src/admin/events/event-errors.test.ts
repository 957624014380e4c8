import { describe, expect, it } from 'vitest';
import { ZEventBody } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import { capacityError, eventFieldErrors } from './event-errors';
import { eventBody, newEventValues } from './event-form';

const t = createTranslator(en);

/** The error the client's own check raises before a request is sent. */
function clientError(body: unknown): unknown {
  try {
    validateBody(ZEventBody, body);
    return null;
  } catch (error) {
    return error;
  }
}

describe('the event form’s field errors', () => {
  it('says what to fix on each field the shared schema refuses', () => {
    const values = { ...newEventValues(), start: '2026-11-20T18:00', end: '2026-11-20T20:00', placeName: 'Savoy', capacity: 'forty', onlineUrl: 'meet.example.com' };
    expect(eventFieldErrors(clientError(eventBody(values)), t)).toEqual({
      capacity: 'Give a whole number of at least 1, or leave empty for no limit.',
      onlineUrl: 'Give a web address starting with https://.',
    });
  });

  it('explains the rules between fields once each field is right', () => {
    const values = { ...newEventValues(), start: '2026-11-20T20:00', end: '2026-11-20T18:00', rsvpDeadline: '2026-11-21T12:00' };
    expect(eventFieldErrors(clientError(eventBody(values)), t)).toEqual({
      'title.fi': 'Give the title in at least one language.',
      end: 'The end must be after the start.',
      rsvpDeadline: 'Answers must close before the event starts, or leave this empty.',
      placeName: 'Give a place, an address or an online link.',
    });
  });

  it('asks for a missing start', () => {
    const values = { ...newEventValues(), title: { fi: 'Ilta', sv: '', en: '' }, end: '2026-11-20T18:00', placeName: 'Savoy' };
    expect(eventFieldErrors(clientError(eventBody(values)), t)).toEqual({ start: 'This field is required.' });
  });

  it('says a cross-field rule the server reports in its own words', () => {
    const error = new ApiError({ status: 400, code: 'validation_failed', message: 'x', details: [{ path: 'body.placeName', message: 'Give a place', code: 'custom' }] });
    expect(eventFieldErrors(error, t)).toEqual({ placeName: 'Give a place, an address or an online link.' });
  });

  it('explains a wall time the clocks skip, as the server reports it on the field', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: '2027-03-28 03:30 does not exist in Europe/Helsinki',
      details: [{ path: 'start', message: 'That time does not exist in this time zone (the clocks go forward)' }],
    });
    expect(eventFieldErrors(error, t)).toEqual({ start: en['adminEvents.error.timeSkipped'] });
  });

  it('names the seats taken when the capacity is refused for being below them', () => {
    expect(eventFieldErrors(capacityError(), t, 36)).toEqual({ capacity: 'The event already has 36 seats taken; the capacity cannot be lower than that.' });
  });

  it('has nothing to say for an error without fields', () => {
    expect(eventFieldErrors(new ApiError({ status: 422, code: 'rule_broken', message: 'x' }), t)).toEqual({});
    expect(eventFieldErrors(new Error('boom'), t)).toEqual({});
  });
});
