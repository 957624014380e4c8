import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRsvpByTokenBody, ZRsvpTokenView, apiPaths, type RsvpByTokenBody } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { request } from '../../../api/client';
import { eventsQueryKey } from './list-events';
import { rsvpPreviewQueryKey } from './preview-rsvp';

/** The answer the person confirmed on the invitation link's page; no sign-in needed, the signed token is enough. */
export const answerRsvp = (body: RsvpByTokenBody) =>
  request(apiPaths.rsvpAnswer, { method: 'POST', body, bodySchema: ZRsvpByTokenBody, schema: ZRsvpTokenView });

export function useAnswerRsvp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerRsvp,
    onSuccess: async (view, body) => {
      queryClient.setQueryData(rsvpPreviewQueryKey(body.token), view);
      // The same member may be signed in on this device: their event pages and lists are out of date.
      await queryClient.invalidateQueries({ queryKey: eventsQueryKey });
    },
    onError: async (error, body) => {
      // Refused because the event changed (cancelled, closed, full of guests): show it as it is now.
      if (isApiError(error) && error.code === 'rule_broken') await queryClient.invalidateQueries({ queryKey: rsvpPreviewQueryKey(body.token) });
    },
  });
}
