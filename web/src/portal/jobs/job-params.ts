import { ZJobType, ZShareCode, type JobBoardQuery, type JobType } from '@alumni/shared';
import { filterParams } from '../../components/filter-params';

/** The job board's filters as the page keeps them in its URL. */
export interface JobFilters {
  q?: string | undefined;
  type?: JobType | undefined;
  department?: string | undefined;
  location?: string | undefined;
  /** true: remote jobs only; false: on-site jobs only; unset: both. */
  remote?: boolean | undefined;
}

/** The lengths the API accepts (ZJobBoardQuery); a longer value in a hand-edited URL is cut, not refused. */
const limits = { q: 200, department: 120, location: 120 } as const;

const text = (params: URLSearchParams, key: keyof typeof limits): string | undefined => {
  const value = params.get(key)?.trim().slice(0, limits[key]);
  return value ? value : undefined;
};

const flag = (value: string | null): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

/** Reads the filters from the URL, dropping anything the API would not accept. */
export function filtersFromParams(params: URLSearchParams): JobFilters {
  const type = ZJobType.safeParse(params.get('type'));
  return {
    q: text(params, 'q'),
    type: type.success ? type.data : undefined,
    department: text(params, 'department'),
    location: text(params, 'location'),
    remote: flag(params.get('remote')),
  };
}

const flagValue = (value: boolean | undefined): 'true' | 'false' | undefined => (value === undefined ? undefined : value ? 'true' : 'false');

/** The filters as URL parameters, only those that are set, so a search can be bookmarked and shared. */
export function filtersToParams(filters: JobFilters): URLSearchParams {
  return filterParams({
    q: filters.q?.trim(),
    type: filters.type,
    department: filters.department,
    location: filters.location,
    remote: flagValue(filters.remote),
  });
}

/** The filters as the board endpoint's query. */
export function filtersToQuery(filters: JobFilters): Omit<JobBoardQuery, 'limit' | 'cursor'> {
  return {
    q: filters.q?.trim() || undefined,
    type: filters.type,
    department: filters.department,
    location: filters.location,
    remote: flagValue(filters.remote),
  };
}

export const hasFilters = (filters: JobFilters): boolean => filtersToParams(filters).size > 0;

/** The share code a shared link brought the member here with (`?ref=…`), if it looks like one. */
export function shareRefFrom(params: URLSearchParams): string | null {
  const ref = ZShareCode.safeParse(params.get('ref')?.trim());
  return ref.success ? ref.data : null;
}
