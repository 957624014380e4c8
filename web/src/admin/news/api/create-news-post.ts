import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsPost, ZNewsPostBody, apiPaths, type NewsPostBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { newsQueryKey } from './get-news';

/** A post saved as published shows in the portal at once; a draft waits. */
export const createNewsPost = (body: NewsPostBody) => request(apiPaths.adminNews, { method: 'POST', body, bodySchema: ZNewsPostBody, schema: ZNewsPost });

export function useCreateNewsPost() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createNewsPost, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...newsQueryKey, 'list'] }) });
}
