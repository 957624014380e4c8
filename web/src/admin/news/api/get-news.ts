import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZNewsPostPage, apiPaths, type NewsQuery } from '@alumni/shared';
import { request } from '../../../api/client';

export const newsPageSize = 50;

export const getNews = (query: NewsQuery, signal?: AbortSignal) =>
  request(apiPaths.adminNews, { query: { limit: query.limit, cursor: query.cursor, status: query.status }, schema: ZNewsPostPage, signal });

export const newsQueryKey = ['admin', 'news'] as const;

/** Every news post, drafts included, newest first. */
export const newsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...newsQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getNews({ limit: newsPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useNews = () => useInfiniteQuery(newsQueryOptions());
