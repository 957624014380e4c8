import { useMutation } from '@tanstack/react-query';
import { ZEmailOnlyBody, apiPaths, type EmailOnlyBody } from '@alumni/shared';
import { request } from '../../../api/client';

/** Answered with 202 whether or not the address has an account. */
export const requestMagicLink = (body: EmailOnlyBody) =>
  request(apiPaths.magicLink, { method: 'POST', body, bodySchema: ZEmailOnlyBody });

export const useRequestMagicLink = () => useMutation({ mutationFn: requestMagicLink });
