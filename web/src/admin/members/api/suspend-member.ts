import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZMemberDetail, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeMemberDetail } from './update-member-cache';

export const suspendMember = (id: string) => request(apiPaths.adminMemberSuspend(id), { method: 'POST', schema: ZMemberDetail });

export function useSuspendMember() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: suspendMember, onSuccess: (detail) => storeMemberDetail(queryClient, detail) });
}
