import {
  ZConsentChannel,
  ZIsoDate,
  ZMemberType,
  ZUserStatus,
  ZVerificationStatus,
  apiPaths,
  type MemberListQuery,
} from '@alumni/shared';
import { withQuery } from '../../api/client';

/** The member list's filters, as the URL and the API both name them. */
export type MemberFilters = Pick<
  MemberListQuery,
  'q' | 'status' | 'memberType' | 'department' | 'verification' | 'consent' | 'joinedFrom' | 'joinedTo'
>;

const pick = <T>(result: { success: true; data: T } | { success: false }): T | undefined =>
  result.success ? result.data : undefined;

const text = (params: URLSearchParams, key: string, max: number): string | undefined =>
  params.get(key)?.trim().slice(0, max) || undefined;

/** Reads the filters from the page's URL; a value the API would refuse (a typo in a shared link) is dropped. */
export function memberFiltersFrom(params: URLSearchParams): MemberFilters {
  return {
    q: text(params, 'q', 100),
    status: pick(ZUserStatus.safeParse(params.get('status'))),
    memberType: pick(ZMemberType.safeParse(params.get('memberType'))),
    department: text(params, 'department', 120),
    verification: pick(ZVerificationStatus.safeParse(params.get('verification'))),
    consent: pick(ZConsentChannel.safeParse(params.get('consent'))),
    joinedFrom: pick(ZIsoDate.safeParse(params.get('joinedFrom'))),
    joinedTo: pick(ZIsoDate.safeParse(params.get('joinedTo'))),
  };
}

/** The filters as a plain record, in a fixed order, for the URL and the export link. */
export const memberFilterEntries = (filters: MemberFilters): Record<string, string | undefined> => ({
  q: filters.q,
  status: filters.status,
  memberType: filters.memberType,
  department: filters.department,
  verification: filters.verification,
  consent: filters.consent,
  joinedFrom: filters.joinedFrom,
  joinedTo: filters.joinedTo,
});

export const hasMemberFilters = (filters: MemberFilters): boolean =>
  Object.values(memberFilterEntries(filters)).some((value) => value !== undefined);

/** The CSV export of the same filtered list; a plain GET, so the session cookie authenticates the download. */
export const membersExportHref = (filters: MemberFilters): string =>
  withQuery(apiPaths.adminMembersExport, memberFilterEntries(filters));
