import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZAttendeePage, apiPaths, type AttendeeQuery, type RsvpStatus } from '@alumni/shared';
import { request } from '../../../api/client';
import { eventQueryKey } from './get-event';

export const attendeesPageSize = 50;

export interface AttendeeFilters {
  q?: string | undefined;
  status?: RsvpStatus | undefined;
}

export const getAttendees = (id: string, query: AttendeeQuery, signal?: AbortSignal) =>
  request(apiPaths.adminEventAttendees(id), {
    query: { limit: query.limit, cursor: query.cursor, q: query.q, status: query.status },
    schema: ZAttendeePage,
    signal,
  });

export const attendeesQueryKey = (id: string) => [...eventQueryKey(id), 'attendees'] as const;

export const attendeesQueryOptions = (id: string, filters: AttendeeFilters) =>
  infiniteQueryOptions({
    queryKey: [...attendeesQueryKey(id), filters],
    queryFn: ({ pageParam, signal }) => getAttendees(id, { ...filters, limit: attendeesPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // The search results stay on screen while the next ones load, so the list does not flash empty as HR types.
    placeholderData: (previous) => previous,
  });

export const useAttendees = (id: string, filters: AttendeeFilters) => useInfiniteQuery(attendeesQueryOptions(id, filters));
