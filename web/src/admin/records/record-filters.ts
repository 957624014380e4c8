import { ZIsoDate } from '@alumni/shared';

/** The record list's filters; `notMember` is 'true' in the query string, or absent. */
export interface RecordFilters {
  q?: string | undefined;
  department?: string | undefined;
  leftFrom?: string | undefined;
  leftTo?: string | undefined;
  notMember?: boolean | undefined;
}

const text = (params: URLSearchParams, key: string, max: number): string | undefined =>
  params.get(key)?.trim().slice(0, max) || undefined;

const day = (params: URLSearchParams, key: string): string | undefined => {
  const parsed = ZIsoDate.safeParse(params.get(key));
  return parsed.success ? parsed.data : undefined;
};

/** Reads the filters from the page's URL, dropping what the API would refuse. */
export function recordFiltersFrom(params: URLSearchParams): RecordFilters {
  return {
    q: text(params, 'q', 100),
    department: text(params, 'department', 120),
    leftFrom: day(params, 'leftFrom'),
    leftTo: day(params, 'leftTo'),
    notMember: params.get('notMember') === 'true' ? true : undefined,
  };
}

/** The filters as query parameters, in a fixed order, for the URL and the API. */
export const recordFilterEntries = (filters: RecordFilters): Record<string, string | undefined> => ({
  q: filters.q,
  department: filters.department,
  leftFrom: filters.leftFrom,
  leftTo: filters.leftTo,
  notMember: filters.notMember ? 'true' : undefined,
});

export const hasRecordFilters = (filters: RecordFilters): boolean =>
  Object.values(recordFilterEntries(filters)).some((value) => value !== undefined);
