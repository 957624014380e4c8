import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { newsletterQueryKey } from './get-newsletter';
import { newslettersQueryKey } from './get-newsletters';

/** Only a draft can be deleted (409 otherwise); the answer is empty. */
export const deleteNewsletter = (id: string) => request(apiPaths.adminNewsletter(id), { method: 'DELETE' });

export function useDeleteNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteNewsletter,
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: newsletterQueryKey(id) });
      await queryClient.invalidateQueries({ queryKey: [...newslettersQueryKey, 'list'] });
    },
  });
}
