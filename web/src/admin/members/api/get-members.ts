import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZMemberPage, apiPaths, type MemberListQuery } from '@alumni/shared';
import { request } from '../../../api/client';
import { memberFilterEntries, type MemberFilters } from '../member-filters';

export const membersPageSize = 50;

export const getMembers = (query: MemberListQuery, signal?: AbortSignal) =>
  request(apiPaths.adminMembers, {
    query: { limit: query.limit, cursor: query.cursor, ...memberFilterEntries(query) },
    schema: ZMemberPage,
    signal,
  });

export const membersQueryKey = ['admin', 'members'] as const;

export const membersQueryOptions = (filters: MemberFilters) =>
  infiniteQueryOptions({
    queryKey: [...membersQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => getMembers({ ...filters, limit: membersPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useMembers = (filters: MemberFilters) => useInfiniteQuery(membersQueryOptions(filters));
