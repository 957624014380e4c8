import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZDirectoryPage, apiPaths, type DirectoryQuery } from '@alumni/shared';
import { request } from '../../../api/client';
import { filtersToQuery, type DirectoryFilters } from '../directory-filters';

export const directoryPageSize = 24;

export const directoryQueryKey = ['directory'] as const;

export const searchDirectory = (query: DirectoryQuery, signal?: AbortSignal) =>
  request(apiPaths.directory, { query: { ...query }, schema: ZDirectoryPage, signal });

export const directorySearchQueryOptions = (filters: DirectoryFilters) =>
  infiniteQueryOptions({
    queryKey: [...directoryQueryKey, 'search', filtersToQuery(filters)],
    queryFn: ({ pageParam, signal }) =>
      searchDirectory({ ...filtersToQuery(filters), limit: directoryPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useDirectorySearch = (filters: DirectoryFilters) => useInfiniteQuery(directorySearchQueryOptions(filters));
