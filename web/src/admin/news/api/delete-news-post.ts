import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { newsQueryKey } from './get-news';

/** The answer is empty (204). */
export const deleteNewsPost = (id: string) => request(apiPaths.adminNewsPost(id), { method: 'DELETE' });

export function useDeleteNewsPost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteNewsPost, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...newsQueryKey, 'list'] }) });
}
