import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRejectBody, apiPaths, type RejectBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { removeDecidedClaim } from './get-approvals';

export const rejectClaim = ({ claimId, ...body }: RejectBody & { claimId: string }) =>
  request(apiPaths.adminReject(claimId), { method: 'POST', body, bodySchema: ZRejectBody });

export function useRejectClaim() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: rejectClaim, onSuccess: (_, { claimId }) => removeDecidedClaim(queryClient, claimId) });
}
