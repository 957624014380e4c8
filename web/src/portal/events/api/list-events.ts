import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { ZPortalEventPage, apiPaths, type PortalEventQuery } from '@alumni/shared';
import { request } from '../../../api/client';
import type { EventScope } from '../event-params';

export const eventsPageSize = 12;

export const eventsQueryKey = ['events'] as const;
/** Every list of events, whatever its scope: what an answer makes out of date. */
export const eventListsQueryKey = [...eventsQueryKey, 'list'] as const;

export const listEvents = (query: PortalEventQuery, signal?: AbortSignal) =>
  request(apiPaths.events, { query: { ...query }, schema: ZPortalEventPage, signal });

export const eventListQueryOptions = (scope: EventScope) =>
  infiniteQueryOptions({
    queryKey: [...eventListsQueryKey, scope],
    queryFn: ({ pageParam, signal }) => listEvents({ scope, limit: eventsPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useEventList = (scope: EventScope) => useInfiniteQuery(eventListQueryOptions(scope));

/** The next few events, for the home page. */
export const nextEventsQueryOptions = (count: number) =>
  queryOptions({
    queryKey: [...eventListsQueryKey, 'next', count],
    queryFn: ({ signal }) => listEvents({ scope: 'upcoming', limit: count }, signal),
  });

export const useNextEvents = (count: number) => useQuery(nextEventsQueryOptions(count));
