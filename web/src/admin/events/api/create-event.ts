import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAdminEvent, ZEventBody, apiPaths, type EventBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeEvent } from './store-event';

/** A new event is saved as a draft; no member sees it until it is published. */
export const createEvent = (body: EventBody) =>
  request(apiPaths.adminEvents, { method: 'POST', body, bodySchema: ZEventBody, schema: ZAdminEvent });

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createEvent, onSuccess: (event) => storeEvent(queryClient, event) });
}
