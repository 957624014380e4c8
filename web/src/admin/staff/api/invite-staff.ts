import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAccepted, ZInviteStaffBody, apiPaths, type InviteStaffBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { staffQueryKey } from './get-staff';

export const inviteStaff = (body: InviteStaffBody) =>
  request(apiPaths.staffInvitations, { method: 'POST', body, bodySchema: ZInviteStaffBody, schema: ZAccepted });

export function useInviteStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteStaff,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffQueryKey }),
  });
}
