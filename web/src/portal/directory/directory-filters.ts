import { ZMemberType, type DirectoryQuery, type MemberType } from '@alumni/shared';
import { filterParams } from '../../components/filter-params';

/** The directory's filters as the page keeps them in its URL; a flag is either on or not set. */
export interface DirectoryFilters {
  q?: string | undefined;
  skill?: string | undefined;
  department?: string | undefined;
  city?: string | undefined;
  memberType?: MemberType | undefined;
  mentor?: boolean | undefined;
  speaker?: boolean | undefined;
  openToReturn?: boolean | undefined;
}

/** The lengths the API accepts (ZDirectoryQuery); a longer value in a hand-edited URL is cut, not refused. */
const limits = { q: 100, skill: 50, department: 120, city: 100 } as const;

const text = (params: URLSearchParams, key: keyof typeof limits): string | undefined => {
  const value = params.get(key)?.trim().slice(0, limits[key]);
  return value ? value : undefined;
};
const flag = (params: URLSearchParams, key: string): true | undefined => (params.get(key) === 'true' ? true : undefined);

/** Reads the filters from the URL, dropping anything the API would not accept. */
export function filtersFromParams(params: URLSearchParams): DirectoryFilters {
  const memberType = ZMemberType.safeParse(params.get('memberType'));
  return {
    q: text(params, 'q'),
    skill: text(params, 'skill'),
    department: text(params, 'department'),
    city: text(params, 'city'),
    memberType: memberType.success ? memberType.data : undefined,
    mentor: flag(params, 'mentor'),
    speaker: flag(params, 'speaker'),
    openToReturn: flag(params, 'openToReturn'),
  };
}

const flagValue = (value: boolean | undefined): 'true' | undefined => (value ? 'true' : undefined);

/** The filters as URL parameters, only those that are set, so a search can be bookmarked and shared. */
export function filtersToParams(filters: DirectoryFilters): URLSearchParams {
  return filterParams({
    q: filters.q?.trim(),
    skill: filters.skill?.trim(),
    department: filters.department,
    city: filters.city,
    memberType: filters.memberType,
    mentor: flagValue(filters.mentor),
    speaker: flagValue(filters.speaker),
    openToReturn: flagValue(filters.openToReturn),
  });
}

/** The filters as the search endpoint's query. */
export function filtersToQuery(filters: DirectoryFilters): Omit<DirectoryQuery, 'limit' | 'cursor'> {
  return {
    q: filters.q,
    skill: filters.skill,
    department: filters.department,
    city: filters.city,
    memberType: filters.memberType,
    mentor: flagValue(filters.mentor),
    speaker: flagValue(filters.speaker),
    openToReturn: flagValue(filters.openToReturn),
  };
}

export const hasFilters = (filters: DirectoryFilters): boolean => filtersToParams(filters).size > 0;
