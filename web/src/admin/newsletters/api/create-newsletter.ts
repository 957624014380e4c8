import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsletter, ZNewsletterBody, apiPaths, type NewsletterBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeNewsletter } from './store-newsletter';

/** A new newsletter is saved as a draft; nothing is sent until it is scheduled. */
export const createNewsletter = (body: NewsletterBody) =>
  request(apiPaths.adminNewsletters, { method: 'POST', body, bodySchema: ZNewsletterBody, schema: ZNewsletter });

export function useCreateNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createNewsletter, onSuccess: (newsletter) => storeNewsletter(queryClient, newsletter) });
}
