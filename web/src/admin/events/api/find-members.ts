import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZMemberPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

/** The shortest search worth sending: one letter would match most of the member base. */
export const memberSearchMinLength = 2;
const resultsShown = 10;

/** Active members by name or address, for checking in someone who did not answer. */
export const findMembers = (q: string, signal?: AbortSignal) =>
  request(apiPaths.adminMembers, { query: { q, status: 'active', limit: resultsShown }, schema: ZMemberPage, signal });

export const memberSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['admin', 'events', 'walk-in-search', q] as const,
    queryFn: ({ signal }) => findMembers(q, signal),
    enabled: q.length >= memberSearchMinLength,
    placeholderData: (previous) => previous,
  });

export const useMemberSearch = (q: string) => useQuery(memberSearchQueryOptions(q));
