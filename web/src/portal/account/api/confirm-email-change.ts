import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZOk, ZTokenBody, apiPaths, type TokenBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { sessionQueryKey } from '../../../api/session';

export const confirmEmailChange = (body: TokenBody) =>
  request(apiPaths.confirmEmailChange, { method: 'POST', body, bodySchema: ZTokenBody, schema: ZOk });

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmEmailChange,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
