import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAdminEvent, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeEvent } from './store-event';

/** Cancels the event; the server mails a cancellation to those who answered. */
export const cancelEvent = (id: string) => request(apiPaths.adminEventCancel(id), { method: 'POST', schema: ZAdminEvent });

export function useCancelEvent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelEvent, onSuccess: (event) => storeEvent(queryClient, event) });
}
