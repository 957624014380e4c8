import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZOwnJobActivity, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobsQueryKey } from './list-jobs';

export const myJobActivityQueryKey = [...jobsQueryKey, 'mine'] as const;

export const getMyJobActivity = (signal?: AbortSignal) => request(apiPaths.myJobActivity, { schema: ZOwnJobActivity, signal });

export const myJobActivityQueryOptions = () =>
  queryOptions({ queryKey: myJobActivityQueryKey, queryFn: ({ signal }) => getMyJobActivity(signal) });

export const useMyJobActivity = () => useQuery(myJobActivityQueryOptions());
