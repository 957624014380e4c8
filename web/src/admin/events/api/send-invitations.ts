import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSendInvitationsResult, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { eventQueryKey } from './get-event';
import { eventsQueryKey } from './get-events';

/** Invites the reachable members of the audience not invited yet; sending again reaches only those added since. */
export const sendInvitations = (id: string) => request(apiPaths.adminEventInvitations(id), { method: 'POST', schema: ZSendInvitationsResult });

export function useSendInvitations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendInvitations,
    // The invited count changes on the event, its audience and the lists.
    onSuccess: (_result, id) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: eventQueryKey(id) }),
        queryClient.invalidateQueries({ queryKey: [...eventsQueryKey, 'list'] }),
      ]),
  });
}
