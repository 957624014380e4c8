import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { accountSessionsQueryKey } from './get-account-sessions';

export const revokeSession = (id: string) => request(apiPaths.accountSessionRevoke(id), { method: 'POST' });

export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountSessionsQueryKey }),
  });
}
