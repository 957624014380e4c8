import { useMutation } from '@tanstack/react-query';
import { ZAcceptInviteBody, ZSessionInfo, apiPaths, type AcceptInviteBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';

export const acceptInvite = (body: AcceptInviteBody) =>
  request(apiPaths.acceptInvite, { method: 'POST', body, bodySchema: ZAcceptInviteBody, schema: ZSessionInfo });

export function useAcceptInvite() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: acceptInvite, onSuccess: storeSession });
}
