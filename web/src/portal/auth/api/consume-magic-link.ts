import { useMutation } from '@tanstack/react-query';
import { ZSessionInfo, ZTokenBody, apiPaths, type TokenBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';

export const consumeMagicLink = (body: TokenBody) =>
  request(apiPaths.magicLinkConsume, { method: 'POST', body, bodySchema: ZTokenBody, schema: ZSessionInfo });

export function useConsumeMagicLink() {
  const storeSession = useStoreSession();
  return useMutation({ mutationFn: consumeMagicLink, onSuccess: storeSession });
}
