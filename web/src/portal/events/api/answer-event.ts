import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZPortalEvent, ZRsvpBody, apiPaths, type RsvpBody } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { request } from '../../../api/client';
import { eventQueryKey } from './get-event';
import { eventListsQueryKey } from './list-events';

/** Answering again with the same answer changes nothing (the server treats it as the same write). */
export const answerEvent = (id: string, body: RsvpBody) =>
  request(apiPaths.eventRsvp(encodeURIComponent(id)), { method: 'PUT', body, bodySchema: ZRsvpBody, schema: ZPortalEvent });

export function useAnswerEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RsvpBody) => answerEvent(id, body),
    onSuccess: async (event) => {
      queryClient.setQueryData(eventQueryKey(id), event);
      await queryClient.invalidateQueries({ queryKey: eventListsQueryKey });
    },
    onError: async (error) => {
      // Refused because the event changed (cancelled, closed, full of guests): show it as it is now.
      if (isApiError(error) && error.code === 'rule_broken') await queryClient.invalidateQueries({ queryKey: eventQueryKey(id) });
    },
  });
}
