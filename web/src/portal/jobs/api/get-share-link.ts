import { useMutation } from '@tanstack/react-query';
import { ZShareLink, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

/** The member's personal link to the job, made on first ask, with the visits and interests it has brought. */
export const getShareLink = (id: string) => request(apiPaths.jobShare(encodeURIComponent(id)), { method: 'POST', schema: ZShareLink });

export const useShareLink = (id: string) => useMutation({ mutationFn: () => getShareLink(id) });
