import { useMutation } from '@tanstack/react-query';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

/** For accounts without a password: the server mails a link that confirms the erasure. */
export const requestEraseLink = () => request(apiPaths.accountEraseRequest, { method: 'POST' });

export const useRequestEraseLink = () => useMutation({ mutationFn: requestEraseLink });
