import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZUser, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { replaceStaffUser } from './update-staff-cache';

export const reactivateUser = (id: string) => request(apiPaths.userReactivate(id), { method: 'POST', schema: ZUser });

export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reactivateUser, onSuccess: (user) => replaceStaffUser(queryClient, user) });
}
