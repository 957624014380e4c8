import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZProfile, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const profileQueryKey = ['profile'] as const;

export const getProfile = (signal?: AbortSignal) => request(apiPaths.profile, { schema: ZProfile, signal });

export const profileQueryOptions = () => queryOptions({ queryKey: profileQueryKey, queryFn: ({ signal }) => getProfile(signal) });

export const useProfile = () => useQuery(profileQueryOptions());
