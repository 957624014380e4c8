import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZJobPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobsQueryKey } from './list-jobs';

export const jobQueryKey = (id: string) => [...jobsQueryKey, 'detail', id] as const;

export const getJob = (id: string, signal?: AbortSignal) => request(apiPaths.job(encodeURIComponent(id)), { schema: ZJobPage, signal });

export const jobQueryOptions = (id: string) => queryOptions({ queryKey: jobQueryKey(id), queryFn: ({ signal }) => getJob(id, signal) });

export const useJob = (id: string) => useQuery(jobQueryOptions(id));
