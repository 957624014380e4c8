import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ZNewsletterPlan, apiPaths, type PlanQuery } from '@alumni/shared';
import { request } from '../../../api/client';
import { newslettersQueryKey } from './get-newsletters';

/** The year's issues against the cadence policy; with `at`, the warnings a proposed send time would bring. */
export const getNewsletterPlan = (query: PlanQuery, signal?: AbortSignal) =>
  request(apiPaths.adminNewsletterPlan, {
    query: { year: query.year, at: query.at, timeZone: query.at ? query.timeZone : undefined, newsletterId: query.newsletterId },
    schema: ZNewsletterPlan,
    signal,
  });

export const planQueryKey = [...newslettersQueryKey, 'plan'] as const;

export const newsletterPlanQueryOptions = (query: PlanQuery, enabled = true) =>
  queryOptions({
    queryKey: [...planQueryKey, query],
    queryFn: ({ signal }) => getNewsletterPlan(query, signal),
    enabled,
    // Switching years or times keeps the last answer on screen until the next one comes.
    placeholderData: keepPreviousData,
    retry: false,
  });

export const useNewsletterPlan = (query: PlanQuery, enabled = true) => useQuery(newsletterPlanQueryOptions(query, enabled));
