import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAdminEvent, ZEventBody, apiPaths, type EventBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeEvent } from './store-event';

/** The whole event is sent; on a published event the server mails those going or maybe what changed. */
export const updateEvent = ({ id, body }: { id: string; body: EventBody }) =>
  request(apiPaths.adminEvent(id), { method: 'PATCH', body, bodySchema: ZEventBody, schema: ZAdminEvent });

export function useUpdateEvent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateEvent, onSuccess: (event) => storeEvent(queryClient, event) });
}
