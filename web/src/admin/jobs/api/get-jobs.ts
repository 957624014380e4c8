import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZAdminJobPage, apiPaths, type AdminJobQuery, type JobStatus } from '@alumni/shared';
import { request } from '../../../api/client';

export const jobsPageSize = 50;

export const getJobs = (query: AdminJobQuery, signal?: AbortSignal) =>
  request(apiPaths.adminJobs, { query: { limit: query.limit, cursor: query.cursor, status: query.status }, schema: ZAdminJobPage, signal });

export const jobsQueryKey = ['admin', 'jobs'] as const;

/** The postings, drafts included, newest first; optionally of one status. */
export const jobsQueryOptions = (status: JobStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: [...jobsQueryKey, 'list', status ?? 'all'],
    queryFn: ({ pageParam, signal }) => getJobs({ limit: jobsPageSize, cursor: pageParam ?? undefined, status }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useJobs = (status: JobStatus | undefined) => useInfiniteQuery(jobsQueryOptions(status));
