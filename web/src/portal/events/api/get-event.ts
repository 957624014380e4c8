import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPortalEvent, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { eventsQueryKey } from './list-events';

export const eventQueryKey = (id: string) => [...eventsQueryKey, 'detail', id] as const;

export const getEvent = (id: string, signal?: AbortSignal) => request(apiPaths.event(encodeURIComponent(id)), { schema: ZPortalEvent, signal });

export const eventQueryOptions = (id: string) => queryOptions({ queryKey: eventQueryKey(id), queryFn: ({ signal }) => getEvent(id, signal) });

export const useEvent = (id: string) => useQuery(eventQueryOptions(id));
