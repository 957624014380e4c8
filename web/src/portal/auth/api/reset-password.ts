import { useMutation } from '@tanstack/react-query';
import { ZOk, ZResetPasswordBody, apiPaths, type ResetPasswordBody } from '@alumni/shared';
import { request } from '../../../api/client';

export const resetPassword = (body: ResetPasswordBody) =>
  request(apiPaths.resetPassword, { method: 'POST', body, bodySchema: ZResetPasswordBody, schema: ZOk });

export const useResetPassword = () => useMutation({ mutationFn: resetPassword });
