import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZRecordImportPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { recordImportsQueryKey } from './get-record-import';

export const recordImportsPageSize = 10;

export const getRecordImports = (query: { limit?: number; cursor?: string | undefined }, signal?: AbortSignal) =>
  request(apiPaths.adminRecordImports, { query: { limit: query.limit, cursor: query.cursor }, schema: ZRecordImportPage, signal });

export const recordImportsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...recordImportsQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getRecordImports({ limit: recordImportsPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useRecordImports = () => useInfiniteQuery(recordImportsQueryOptions());
