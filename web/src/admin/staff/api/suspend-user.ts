import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZUser, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { replaceStaffUser } from './update-staff-cache';

export const suspendUser = (id: string) => request(apiPaths.userSuspend(id), { method: 'POST', schema: ZUser });

export function useSuspendUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: suspendUser, onSuccess: (user) => replaceStaffUser(queryClient, user) });
}
