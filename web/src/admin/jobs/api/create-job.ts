import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAdminJob, ZJobBody, apiPaths, type JobBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobsQueryKey } from './get-jobs';

/** A posting saved as published shows on the members' job board at once; a draft waits. */
export const createJob = (body: JobBody) => request(apiPaths.adminJobs, { method: 'POST', body, bodySchema: ZJobBody, schema: ZAdminJob });

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createJob, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...jobsQueryKey, 'list'] }) });
}
