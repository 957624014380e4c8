import {
  memberTypes,
  segmentInterests,
  type Language,
  type MemberType,
  type Segment,
  type SegmentBody,
  type SegmentFilters,
  type SegmentFiltersInput,
  type SegmentInterest,
} from '@alumni/shared';
import { ApiError, fieldName } from '../../api/api-error';
import { describeFieldError } from '../../i18n/describe-error';
import { formatCalendarDate } from '../../i18n/dates';
import type { Translate } from '../../i18n/translate';

/** The filters HR types as comma-separated lists. */
export const listFields = ['departments', 'cities', 'countries', 'skills'] as const;
export type ListField = (typeof listFields)[number];

/** The segment form's values: the lists as typed, the choices as ticked. */
export interface SegmentFormValues {
  name: string;
  description: string;
  memberTypes: MemberType[];
  departments: string;
  cities: string;
  countries: string;
  skills: string;
  interests: SegmentInterest[];
  joinedFrom: string;
  joinedTo: string;
}

export const newSegmentValues = (): SegmentFormValues => ({
  name: '',
  description: '',
  memberTypes: [],
  departments: '',
  cities: '',
  countries: '',
  skills: '',
  interests: [],
  joinedFrom: '',
  joinedTo: '',
});

export function segmentFormValues(segment: Segment): SegmentFormValues {
  const { filters } = segment;
  return {
    name: segment.name,
    description: segment.description,
    memberTypes: [...filters.memberTypes],
    departments: filters.departments.join(', '),
    cities: filters.cities.join(', '),
    countries: filters.countries.join(', '),
    skills: filters.skills.join(', '),
    interests: [...filters.interests],
    joinedFrom: filters.joinedFrom ?? '',
    joinedTo: filters.joinedTo ?? '',
  };
}

/**
 * A list typed as "Finance,  IT, finance, ": trimmed, empty ones dropped, each kept once whatever
 * its case. Country codes are written in capitals, as profiles keep them.
 */
export function parseFilterList(text: string, field: ListField): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const trimmed = part.trim();
    const value = field === 'countries' ? trimmed.toUpperCase() : trimmed;
    const key = value.toLocaleLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  return values;
}

/** Ticked choices in the order the lists give them, so the same choice always reads and saves alike. */
const inOrder = <T extends string>(all: readonly T[], chosen: readonly T[]): T[] => all.filter((value) => chosen.includes(value));

/** Adds or removes one ticked choice. */
export const toggle = <T extends string>(chosen: readonly T[], value: T, on: boolean): T[] =>
  on ? (chosen.includes(value) ? [...chosen] : [...chosen, value]) : chosen.filter((item) => item !== value);

export function segmentFilters(values: SegmentFormValues): SegmentFiltersInput {
  return {
    memberTypes: inOrder(memberTypes, values.memberTypes),
    departments: parseFilterList(values.departments, 'departments'),
    cities: parseFilterList(values.cities, 'cities'),
    countries: parseFilterList(values.countries, 'countries'),
    skills: parseFilterList(values.skills, 'skills'),
    interests: inOrder(segmentInterests, values.interests),
    joinedFrom: values.joinedFrom === '' ? null : values.joinedFrom,
    joinedTo: values.joinedTo === '' ? null : values.joinedTo,
  };
}

export const segmentBody = (values: SegmentFormValues): SegmentBody => ({
  name: values.name,
  description: values.description,
  filters: segmentFilters(values),
});

/** Whether the joined range runs backwards: the live count is not asked for then. */
export const joinedRangeBackwards = (values: Pick<SegmentFormValues, 'joinedFrom' | 'joinedTo'>): boolean =>
  values.joinedFrom !== '' && values.joinedTo !== '' && values.joinedTo < values.joinedFrom;

/**
 * The form's message per field. Filter errors arrive as `filters.departments.3`; they are shown on the
 * field that holds the list.
 */
export function segmentFieldErrors(error: unknown, t: Translate): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError) || error.details.length === 0) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const name = fieldName(detail.path)
      .replace(/^filters\./, '')
      .replace(/\.\d+$/, '');
    if (name === '' || name in result) continue;
    if ((listFields as readonly string[]).includes(name)) result[name] = t('segments.error.list');
    else if (name === 'joinedTo' && detail.code === 'custom') result[name] = t('segments.form.rangeInvalid');
    else result[name] = describeFieldError(detail, t);
  }
  return result;
}

/** A saved segment's filters in one line for the list, e.g. "Interns; Departments: Finance, IT". */
export function describeFilters(filters: SegmentFilters, t: Translate, language: Language): string {
  const parts: string[] = [];
  if (filters.memberTypes.length > 0) {
    parts.push(t('segments.filter.memberTypes', { values: filters.memberTypes.map((type) => t(`adminMembership.memberType.${type}`)).join(', ') }));
  }
  for (const field of listFields) {
    if (filters[field].length > 0) parts.push(t(`segments.filter.${field}`, { values: filters[field].join(', ') }));
  }
  if (filters.interests.length > 0) {
    parts.push(t('segments.filter.interests', { values: filters.interests.map((interest) => t(`segments.interest.${interest}`)).join(', ') }));
  }
  const from = filters.joinedFrom ? formatCalendarDate(filters.joinedFrom, language) : null;
  const to = filters.joinedTo ? formatCalendarDate(filters.joinedTo, language) : null;
  if (from && to) parts.push(t('segments.filter.joinedBetween', { from, to }));
  else if (from) parts.push(t('segments.filter.joinedFrom', { date: from }));
  else if (to) parts.push(t('segments.filter.joinedTo', { date: to }));
  return parts.length > 0 ? parts.join('; ') : t('segments.filter.all');
}
