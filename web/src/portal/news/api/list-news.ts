import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPortalNewsPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const newsQueryKey = ['news'] as const;

export const listNews = (query: { limit: number; cursor?: string }, signal?: AbortSignal) =>
  request(apiPaths.news, { query: { ...query }, schema: ZPortalNewsPage, signal });

/** The latest published posts, newest first, for the home page. */
export const latestNewsQueryOptions = (count: number) =>
  queryOptions({
    queryKey: [...newsQueryKey, 'latest', count],
    queryFn: ({ signal }) => listNews({ limit: count }, signal),
  });

export const useLatestNews = (count: number) => useQuery(latestNewsQueryOptions(count));
