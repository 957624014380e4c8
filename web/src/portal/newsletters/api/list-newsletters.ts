import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZArchivePage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const archivePageSize = 12;

export const newslettersQueryKey = ['newsletters'] as const;

export const listNewsletters = (query: { limit: number; cursor?: string }, signal?: AbortSignal) =>
  request(apiPaths.newsletters, { query: { ...query }, schema: ZArchivePage, signal });

/** The issues sent so far, newest first, a page at a time. */
export const newsletterArchiveQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...newslettersQueryKey, 'archive'],
    queryFn: ({ pageParam, signal }) => listNewsletters({ limit: archivePageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useNewsletterArchive = () => useInfiniteQuery(newsletterArchiveQueryOptions());
