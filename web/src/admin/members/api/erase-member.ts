import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZStaffEraseBody, apiPaths, type StaffEraseBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { membersQueryKey } from './get-members';

export const eraseMember = ({ id, ...body }: StaffEraseBody & { id: string }) =>
  request(apiPaths.adminMemberErase(id), { method: 'POST', body, bodySchema: ZStaffEraseBody });

export function useEraseMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseMember,
    // Only the lists are read again: the open detail page says the member is erased instead of reloading into "not found".
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...membersQueryKey, 'list'] }),
  });
}
