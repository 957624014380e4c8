import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobsQueryKey } from './get-jobs';

/** Only a draft may be deleted; the answer is empty (204). */
export const deleteJob = (id: string) => request(apiPaths.adminJob(id), { method: 'DELETE' });

export function useDeleteJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteJob, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...jobsQueryKey, 'list'] }) });
}
