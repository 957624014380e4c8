import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZAdminEventPage, apiPaths, type AdminEventQuery } from '@alumni/shared';
import { request } from '../../../api/client';
import { eventListQuery, type EventListFilters } from '../event-filters';

export const eventsPageSize = 50;

export const getEvents = (query: AdminEventQuery, signal?: AbortSignal) =>
  request(apiPaths.adminEvents, {
    query: { limit: query.limit, cursor: query.cursor, when: query.when, status: query.status },
    schema: ZAdminEventPage,
    signal,
  });

export const eventsQueryKey = ['admin', 'events'] as const;

export const eventsQueryOptions = (filters: EventListFilters) =>
  infiniteQueryOptions({
    queryKey: [...eventsQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => getEvents({ ...eventListQuery(filters), limit: eventsPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useEvents = (filters: EventListFilters) => useInfiniteQuery(eventsQueryOptions(filters));
