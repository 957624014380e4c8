import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZMemberDetail, ZStaffUpdateMemberBody, apiPaths, type StaffUpdateMemberBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeMemberDetail } from './update-member-cache';

export const updateMember = ({ id, body }: { id: string; body: StaffUpdateMemberBody }) =>
  request(apiPaths.adminMember(id), { method: 'PATCH', body, bodySchema: ZStaffUpdateMemberBody, schema: ZMemberDetail });

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMember, onSuccess: (detail) => storeMemberDetail(queryClient, detail) });
}
