import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRequestInfoBody, apiPaths, type RequestInfoBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { removeDecidedClaim } from './get-approvals';

export const requestClaimInfo = ({ claimId, ...body }: RequestInfoBody & { claimId: string }) =>
  request(apiPaths.adminRequestInfo(claimId), { method: 'POST', body, bodySchema: ZRequestInfoBody });

export function useRequestClaimInfo() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: requestClaimInfo, onSuccess: (_, { claimId }) => removeDecidedClaim(queryClient, claimId) });
}
