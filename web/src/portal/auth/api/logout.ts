import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';

export const logout = () => request(apiPaths.logout, { method: 'POST' });

/**
 * Signs out and leaves for `to`. The session is forgotten only after the navigation has finished, so
 * the page being left never sees "signed out" and sends the person to sign in again. It is forgotten
 * even when the call fails: the person asked to be signed out.
 */
export function useLogout(to: string) {
  const storeSession = useStoreSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: () =>
      Promise.resolve(navigate(to, { replace: true, flushSync: true })).finally(() => storeSession(null)),
  });
}
