import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNewsPostPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

/** The most news posts the block's choice lists; the API's page limit. */
const choicesShown = 100;

/** The published news posts, newest first, for picking those the newsletter carries. */
export const getNewsChoices = (signal?: AbortSignal) =>
  request(apiPaths.adminNews, { query: { status: 'published', limit: choicesShown }, schema: ZNewsPostPage, signal });

export const newsChoicesQueryOptions = () =>
  queryOptions({ queryKey: ['admin', 'newsletters', 'news-choices'] as const, queryFn: ({ signal }) => getNewsChoices(signal) });

export const useNewsChoices = () => useQuery(newsChoicesQueryOptions());
