import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNewsletterStats, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { newsletterQueryKey } from './get-newsletter';

/** How often the figures of an issue still going out are read again; opens and clicks move slower than deliveries. */
const liveStatsPollMs = 10_000;

export const getNewsletterStats = (id: string, signal?: AbortSignal) => request(apiPaths.adminNewsletterStats(id), { schema: ZNewsletterStats, signal });

/** Deliveries, opens, clicks and unsubscribes of one issue; read again while it is still going out. */
export const newsletterStatsQueryOptions = (id: string, live: boolean) =>
  queryOptions({
    queryKey: [...newsletterQueryKey(id), 'stats'],
    queryFn: ({ signal }) => getNewsletterStats(id, signal),
    refetchInterval: live ? liveStatsPollMs : false,
  });

export const useNewsletterStats = (id: string, live: boolean) => useQuery(newsletterStatsQueryOptions(id, live));
