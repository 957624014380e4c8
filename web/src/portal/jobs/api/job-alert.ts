import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZJobAlert, ZJobAlertBody, apiPaths, type JobAlertBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobsQueryKey } from './list-jobs';

export const jobAlertQueryKey = [...jobsQueryKey, 'alert'] as const;

const ZMaybeJobAlert = ZJobAlert.nullable();

/** The member's saved job alert, or null when they have none. */
export const getJobAlert = (signal?: AbortSignal) => request(apiPaths.jobAlert, { schema: ZMaybeJobAlert, signal });

export const jobAlertQueryOptions = () => queryOptions({ queryKey: jobAlertQueryKey, queryFn: ({ signal }) => getJobAlert(signal) });

export const useJobAlert = () => useQuery(jobAlertQueryOptions());

export const saveJobAlert = (body: JobAlertBody) =>
  request(apiPaths.jobAlert, { method: 'PUT', body, bodySchema: ZJobAlertBody, schema: ZJobAlert });

export const removeJobAlert = () => request(apiPaths.jobAlert, { method: 'DELETE' });

export function useSaveJobAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveJobAlert,
    onSuccess: (alert) => queryClient.setQueryData(jobAlertQueryKey, alert),
  });
}

export function useRemoveJobAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeJobAlert,
    onSuccess: () => queryClient.setQueryData(jobAlertQueryKey, null),
  });
}
