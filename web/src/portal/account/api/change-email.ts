import { useMutation } from '@tanstack/react-query';
import { ZChangeEmailBody, apiPaths, type ChangeEmailBody } from '@alumni/shared';
import { request } from '../../../api/client';

/** Answered with 202: the change waits until the link sent to the new address is opened. */
export const changeEmail = (body: ChangeEmailBody) =>
  request(apiPaths.changeEmail, { method: 'POST', body, bodySchema: ZChangeEmailBody });

export const useChangeEmail = () => useMutation({ mutationFn: changeEmail });
