import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZStaffPage, apiPaths, type StaffListQuery } from '@alumni/shared';
import { request } from '../../../api/client';

export type StaffFilters = Pick<StaffListQuery, 'q' | 'role' | 'status'>;

export const staffPageSize = 25;

/** The list query as sent; limit is a plain number here (the schema coerces it from the query string). */
export type StaffListParams = StaffListQuery;

export const getStaff = (query: StaffListParams, signal?: AbortSignal) =>
  request(apiPaths.staff, {
    query: { limit: query.limit, cursor: query.cursor, q: query.q, role: query.role, status: query.status },
    schema: ZStaffPage,
    signal,
  });

export const staffQueryKey = ['admin', 'staff'] as const;

export const staffQueryOptions = (filters: StaffFilters) =>
  infiniteQueryOptions({
    queryKey: [...staffQueryKey, filters],
    queryFn: ({ pageParam, signal }) => getStaff({ ...filters, limit: staffPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useStaff = (filters: StaffFilters) => useInfiniteQuery(staffQueryOptions(filters));
