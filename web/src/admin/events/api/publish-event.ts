import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAdminEvent, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeEvent } from './store-event';

/** Members can see and answer a published event; invitations are sent separately. */
export const publishEvent = (id: string) => request(apiPaths.adminEventPublish(id), { method: 'POST', schema: ZAdminEvent });

export function usePublishEvent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishEvent, onSuccess: (event) => storeEvent(queryClient, event) });
}
