import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZInterestStatusBody, ZReferralStatusBody, apiPaths, type ReferralStatus, type staffInterestStatuses } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobResponsesQueryKey } from './get-job-responses';

export type StaffInterestStatus = (typeof staffInterestStatuses)[number];

/** The answers are empty (204). */
export const setInterestStatus = ({ id, status }: { id: string; status: StaffInterestStatus }) =>
  request(apiPaths.adminInterest(id), { method: 'PATCH', body: { status }, bodySchema: ZInterestStatusBody });

export const setReferralStatus = ({ id, status }: { id: string; status: ReferralStatus }) =>
  request(apiPaths.adminReferral(id), { method: 'PATCH', body: { status }, bodySchema: ZReferralStatusBody });

export function useSetInterestStatus(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setInterestStatus, onSuccess: () => queryClient.invalidateQueries({ queryKey: jobResponsesQueryKey(jobId) }) });
}

export function useSetReferralStatus(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setReferralStatus, onSuccess: () => queryClient.invalidateQueries({ queryKey: jobResponsesQueryKey(jobId) }) });
}
