import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsletter, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeNewsletter } from './store-newsletter';

/** Stops the sending after the mails already on their way; what is left waits. */
export const pauseNewsletter = (id: string) => request(apiPaths.adminNewsletterPause(id), { method: 'POST', schema: ZNewsletter });

export function usePauseNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: pauseNewsletter, onSuccess: (newsletter) => storeNewsletter(queryClient, newsletter) });
}
