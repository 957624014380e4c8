import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAccountSessions, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const accountSessionsQueryKey = ['account', 'sessions'] as const;

export const getAccountSessions = (signal?: AbortSignal) => request(apiPaths.accountSessions, { schema: ZAccountSessions, signal });

export const accountSessionsQueryOptions = () =>
  queryOptions({ queryKey: accountSessionsQueryKey, queryFn: ({ signal }) => getAccountSessions(signal) });

export const useAccountSessions = () => useQuery(accountSessionsQueryOptions());
