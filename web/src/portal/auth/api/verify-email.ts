import { useMutation } from '@tanstack/react-query';
import { ZOk, ZTokenBody, apiPaths, type TokenBody } from '@alumni/shared';
import { request } from '../../../api/client';

export const verifyEmail = (body: TokenBody) =>
  request(apiPaths.verifyEmail, { method: 'POST', body, bodySchema: ZTokenBody, schema: ZOk });

export const useVerifyEmail = () => useMutation({ mutationFn: verifyEmail });
