import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNewsletter, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { isLive } from '../newsletter-form';
import { newslettersQueryKey } from './get-newsletters';

/** How often a newsletter on its way out is read again, so its progress moves on screen. */
export const livePollMs = 2000;

export const getNewsletter = (id: string, signal?: AbortSignal) => request(apiPaths.adminNewsletter(id), { schema: ZNewsletter, signal });

export const newsletterQueryKey = (id: string) => [...newslettersQueryKey, 'detail', id] as const;

export const newsletterQueryOptions = (id: string) =>
  queryOptions({
    queryKey: newsletterQueryKey(id),
    queryFn: ({ signal }) => getNewsletter(id, signal),
    // Scheduled, sending and paused issues change on the server's own time: they are read every few seconds.
    refetchInterval: (query) => (isLive(query.state.data?.status) ? livePollMs : false),
  });

export const useNewsletter = (id: string) => useQuery(newsletterQueryOptions(id));
