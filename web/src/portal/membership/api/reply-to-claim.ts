import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZClaimReplyBody, ZMembershipStatus, apiPaths, type ClaimReplyBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { membershipQueryKey } from './get-membership';

export const replyToClaim = (body: ClaimReplyBody) =>
  request(apiPaths.membershipClaimReply, { method: 'POST', body, bodySchema: ZClaimReplyBody, schema: ZMembershipStatus });

/** Answers HR's question; the claim goes back to the queue, and the answer is the new status. */
export function useReplyToClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replyToClaim,
    onSuccess: (status) => queryClient.setQueryData(membershipQueryKey, status),
  });
}
