import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZCalendarFeed, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { eventsQueryKey } from './list-events';

export const calendarFeedQueryKey = [...eventsQueryKey, 'calendar-feed'] as const;

export const getCalendarFeed = (signal?: AbortSignal) => request(apiPaths.calendarFeed, { schema: ZCalendarFeed, signal });

export const calendarFeedQueryOptions = () =>
  queryOptions({
    queryKey: calendarFeedQueryKey,
    queryFn: ({ signal }) => getCalendarFeed(signal),
    // The address changes only when the member asks for a new one, and that answer replaces it here.
    staleTime: Infinity,
  });

export const useCalendarFeed = () => useQuery(calendarFeedQueryOptions());
