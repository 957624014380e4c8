import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsletter, ZNewsletterBody, apiPaths, type NewsletterBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeNewsletter } from './store-newsletter';

/** The whole draft is sent; a newsletter that is no longer a draft is refused (409). */
export const updateNewsletter = ({ id, body }: { id: string; body: NewsletterBody }) =>
  request(apiPaths.adminNewsletter(id), { method: 'PATCH', body, bodySchema: ZNewsletterBody, schema: ZNewsletter });

export function useUpdateNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateNewsletter, onSuccess: (newsletter) => storeNewsletter(queryClient, newsletter) });
}
