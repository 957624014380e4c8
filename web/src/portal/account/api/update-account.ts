import { useMutation } from '@tanstack/react-query';
import { ZUpdateAccountBody, ZUser, apiPaths, type UpdateAccountBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreUser } from '../../../api/session';

export const updateAccount = (body: UpdateAccountBody) =>
  request(apiPaths.account, { method: 'PATCH', body, bodySchema: ZUpdateAccountBody, schema: ZUser });

export function useUpdateAccount() {
  const storeUser = useStoreUser();
  return useMutation({ mutationFn: updateAccount, onSuccess: storeUser });
}
