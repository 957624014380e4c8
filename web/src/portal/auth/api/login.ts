import { useMutation } from '@tanstack/react-query';
import { ZLoginBody, ZSessionInfo, apiPaths, type LoginBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';

export const login = (body: LoginBody) =>
  request(apiPaths.login, { method: 'POST', body, bodySchema: ZLoginBody, schema: ZSessionInfo });

export function useLogin() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: login, onSuccess: storeSession });
}
