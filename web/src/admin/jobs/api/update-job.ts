import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAdminJob, ZJobBody, apiPaths, type JobBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobQueryKey } from './get-job';
import { jobsQueryKey } from './get-jobs';

/** Saves the posting whole: its texts, details and status. */
export const updateJob = ({ id, body }: { id: string; body: JobBody }) =>
  request(apiPaths.adminJob(id), { method: 'PATCH', body, bodySchema: ZJobBody, schema: ZAdminJob });

export function useUpdateJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateJob,
    onSuccess: (job) => {
      queryClient.setQueryData(jobQueryKey(job.id), job);
      return queryClient.invalidateQueries({ queryKey: [...jobsQueryKey, 'list'] });
    },
  });
}
