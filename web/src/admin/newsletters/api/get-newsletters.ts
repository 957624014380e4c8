import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZNewsletterPage, apiPaths, type NewsletterQuery } from '@alumni/shared';
import { request } from '../../../api/client';

export const newslettersPageSize = 50;

export const getNewsletters = (query: NewsletterQuery, signal?: AbortSignal) =>
  request(apiPaths.adminNewsletters, {
    query: { limit: query.limit, cursor: query.cursor, status: query.status },
    schema: ZNewsletterPage,
    signal,
  });

export const newslettersQueryKey = ['admin', 'newsletters'] as const;

/** Every newsletter, drafts included, newest first. */
export const newslettersQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...newslettersQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getNewsletters({ limit: newslettersPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useNewsletters = () => useInfiniteQuery(newslettersQueryOptions());
