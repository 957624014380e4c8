import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';

export const logoutAll = () => request(apiPaths.logoutAll, { method: 'POST' });

/** Ends every session of the account, then leaves for `to` before forgetting the session here. */
export function useLogoutAll(to: string) {
  const storeSession = useStoreSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logoutAll,
    onSuccess: () =>
      Promise.resolve(navigate(to, { replace: true, flushSync: true })).finally(() => storeSession(null)),
  });
}
