import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZClaimBody, ZMembershipStatus, apiPaths, type ClaimBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { membershipQueryKey } from './get-membership';

export const submitClaim = (body: ClaimBody) =>
  request(apiPaths.membershipClaim, { method: 'POST', body, bodySchema: ZClaimBody, schema: ZMembershipStatus });

/**
 * Sends the claim; the answer is the new status. A claim that matched a record comes back verified at
 * once, and the profile and directory open up with it, so what they cached is read again.
 */
export function useSubmitClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitClaim,
    onSuccess: async (status) => {
      queryClient.setQueryData(membershipQueryKey, status);
      await queryClient.invalidateQueries({ queryKey: ['profile'] });
      await queryClient.invalidateQueries({ queryKey: ['directory'] });
    },
  });
}
