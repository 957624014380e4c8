import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZInviteRecordsBody, ZInviteResult, apiPaths, type InviteRecordsBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { recordsQueryKey } from './get-records';

/** Invites chosen records or everyone who left in a range; people already invited, members or without an address are skipped. */
export const inviteRecords = (body: InviteRecordsBody) =>
  request(apiPaths.adminRecordInvitations, { method: 'POST', body, bodySchema: ZInviteRecordsBody, schema: ZInviteResult });

export function useInviteRecords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteRecords,
    // The invited-at column changes for everyone invited.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: recordsQueryKey }),
  });
}
