import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZArchiveIssue, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { newslettersQueryKey } from './list-newsletters';

export const newsletterQueryKey = (id: string) => [...newslettersQueryKey, 'issue', id] as const;

export const getNewsletter = (id: string, signal?: AbortSignal) =>
  request(apiPaths.newsletter(encodeURIComponent(id)), { schema: ZArchiveIssue, signal });

export const newsletterQueryOptions = (id: string) =>
  queryOptions({
    queryKey: newsletterQueryKey(id),
    queryFn: ({ signal }) => getNewsletter(id, signal),
    // A sent issue does not change.
    staleTime: Infinity,
  });

export const useNewsletter = (id: string) => useQuery(newsletterQueryOptions(id));
