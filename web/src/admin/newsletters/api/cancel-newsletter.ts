import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsletter, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeNewsletter } from './store-newsletter';

/** A scheduled newsletter goes back to being a draft; nothing is sent. */
export const cancelNewsletter = (id: string) => request(apiPaths.adminNewsletterCancel(id), { method: 'POST', schema: ZNewsletter });

export function useCancelNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelNewsletter, onSuccess: (newsletter) => storeNewsletter(queryClient, newsletter) });
}
