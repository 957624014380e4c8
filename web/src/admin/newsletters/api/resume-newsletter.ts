import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsletter, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeNewsletter } from './store-newsletter';

/** Goes on sending to those still waiting. */
export const resumeNewsletter = (id: string) => request(apiPaths.adminNewsletterResume(id), { method: 'POST', schema: ZNewsletter });

export function useResumeNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resumeNewsletter, onSuccess: (newsletter) => storeNewsletter(queryClient, newsletter) });
}
