import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZRecordPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { recordFilterEntries, type RecordFilters } from '../record-filters';

export const recordsPageSize = 50;

export const getRecords = (query: RecordFilters & { limit: number; cursor?: string | undefined }, signal?: AbortSignal) =>
  request(apiPaths.adminRecords, {
    query: { limit: query.limit, cursor: query.cursor, ...recordFilterEntries(query) },
    schema: ZRecordPage,
    signal,
  });

export const recordsQueryKey = ['admin', 'records'] as const;

export const recordsQueryOptions = (filters: RecordFilters) =>
  infiniteQueryOptions({
    queryKey: [...recordsQueryKey, filters],
    queryFn: ({ pageParam, signal }) => getRecords({ ...filters, limit: recordsPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useRecords = (filters: RecordFilters) => useInfiniteQuery(recordsQueryOptions(filters));
