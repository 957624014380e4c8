import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsPost, ZNewsPostBody, apiPaths, type NewsPostBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { newsQueryKey } from './get-news';

/** Saves the post whole: its texts and whether it is published. */
export const updateNewsPost = ({ id, body }: { id: string; body: NewsPostBody }) =>
  request(apiPaths.adminNewsPost(id), { method: 'PATCH', body, bodySchema: ZNewsPostBody, schema: ZNewsPost });

export function useUpdateNewsPost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateNewsPost, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...newsQueryKey, 'list'] }) });
}
