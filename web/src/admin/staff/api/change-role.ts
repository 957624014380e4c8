import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZChangeRoleBody, ZUser, apiPaths, type ChangeRoleBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { replaceStaffUser } from './update-staff-cache';

export const changeRole = ({ id, ...body }: ChangeRoleBody & { id: string }) =>
  request(apiPaths.userRole(id), { method: 'POST', body, bodySchema: ZChangeRoleBody, schema: ZUser });

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changeRole, onSuccess: (user) => replaceStaffUser(queryClient, user) });
}
