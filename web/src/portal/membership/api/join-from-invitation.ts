import { useMutation } from '@tanstack/react-query';
import { ZJoinBody, ZSessionInfo, apiPaths, type JoinBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';

/** Creates the account, verified from HR's record, and signs it in: the answer is the session, as at sign-in. */
export const joinFromInvitation = (body: JoinBody) =>
  request(apiPaths.invitationJoin, { method: 'POST', body, bodySchema: ZJoinBody, schema: ZSessionInfo });

export function useJoinFromInvitation() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: joinFromInvitation, onSuccess: storeSession });
}
