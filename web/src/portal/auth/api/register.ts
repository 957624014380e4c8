import { useMutation } from '@tanstack/react-query';
import { ZAccepted, ZRegisterBody, apiPaths, type RegisterBody } from '@alumni/shared';
import { request } from '../../../api/client';

export const register = (body: RegisterBody) =>
  request(apiPaths.register, { method: 'POST', body, bodySchema: ZRegisterBody, schema: ZAccepted });

export const useRegister = () => useMutation({ mutationFn: register });
