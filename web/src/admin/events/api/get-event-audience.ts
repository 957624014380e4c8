import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZEventAudience, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { eventQueryKey } from './get-event';

export const getEventAudience = (id: string, signal?: AbortSignal) => request(apiPaths.adminEventAudience(id), { schema: ZEventAudience, signal });

export const eventAudienceQueryKey = (id: string) => [...eventQueryKey(id), 'audience'] as const;

/** Who the event's audience holds now, who may be mailed, and who is still to be invited. */
export const eventAudienceQueryOptions = (id: string) =>
  queryOptions({ queryKey: eventAudienceQueryKey(id), queryFn: ({ signal }) => getEventAudience(id, signal) });

export const useEventAudience = (id: string, enabled: boolean) => useQuery({ ...eventAudienceQueryOptions(id), enabled });
