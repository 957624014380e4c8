import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAdminEvent, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { eventsQueryKey } from './get-events';

export const getEvent = (id: string, signal?: AbortSignal) => request(apiPaths.adminEvent(id), { schema: ZAdminEvent, signal });

export const eventQueryKey = (id: string) => [...eventsQueryKey, 'detail', id] as const;

export const eventQueryOptions = (id: string) => queryOptions({ queryKey: eventQueryKey(id), queryFn: ({ signal }) => getEvent(id, signal) });

export const useEvent = (id: string) => useQuery(eventQueryOptions(id));
