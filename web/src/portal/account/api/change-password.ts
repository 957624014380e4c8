import { useMutation } from '@tanstack/react-query';
import { ZChangePasswordBody, ZSessionInfo, apiPaths, type ChangePasswordBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';

/** Ends the other sessions; this one continues with the new session and CSRF token in the answer. */
export const changePassword = (body: ChangePasswordBody) =>
  request(apiPaths.changePassword, { method: 'POST', body, bodySchema: ZChangePasswordBody, schema: ZSessionInfo });

export function useChangePassword() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: changePassword, onSuccess: storeSession });
}
