import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZApproveBody, apiPaths, type ApproveBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { removeDecidedClaim } from './get-approvals';

export const approveClaim = ({ claimId, ...body }: ApproveBody & { claimId: string }) =>
  request(apiPaths.adminApprove(claimId), { method: 'POST', body, bodySchema: ZApproveBody });

export function useApproveClaim() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveClaim, onSuccess: (_, { claimId }) => removeDecidedClaim(queryClient, claimId) });
}
