import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZConsentHistory, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { profileQueryKey } from './get-profile';

export const consentHistoryQueryKey = [...profileQueryKey, 'consents'] as const;

export const getConsentHistory = (signal?: AbortSignal) => request(apiPaths.profileConsents, { schema: ZConsentHistory, signal });

export const consentHistoryQueryOptions = () =>
  queryOptions({ queryKey: consentHistoryQueryKey, queryFn: ({ signal }) => getConsentHistory(signal) });

/** Read only once the history is opened: most people never look. */
export const useConsentHistory = (enabled: boolean) => useQuery({ ...consentHistoryQueryOptions(), enabled });
