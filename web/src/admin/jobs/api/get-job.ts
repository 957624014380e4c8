import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAdminJob, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobsQueryKey } from './get-jobs';

export const getJob = (id: string, signal?: AbortSignal) => request(apiPaths.adminJob(id), { schema: ZAdminJob, signal });

export const jobQueryKey = (id: string) => [...jobsQueryKey, 'detail', id] as const;

export const jobQueryOptions = (id: string) => queryOptions({ queryKey: jobQueryKey(id), queryFn: ({ signal }) => getJob(id, signal) });

export const useJob = (id: string) => useQuery(jobQueryOptions(id));
