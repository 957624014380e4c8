import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZMemberDetail, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeMemberDetail } from './update-member-cache';

export const reactivateMember = (id: string) => request(apiPaths.adminMemberReactivate(id), { method: 'POST', schema: ZMemberDetail });

export function useReactivateMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reactivateMember, onSuccess: (detail) => storeMemberDetail(queryClient, detail) });
}
