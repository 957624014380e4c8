import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsletter, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeNewsletter } from './store-newsletter';

/** Queues again only the deliveries that failed; those sent are not mailed twice. */
export const retryFailedDeliveries = (id: string) => request(apiPaths.adminNewsletterRetryFailed(id), { method: 'POST', schema: ZNewsletter });

export function useRetryFailedDeliveries() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: retryFailedDeliveries, onSuccess: (newsletter) => storeNewsletter(queryClient, newsletter) });
}
