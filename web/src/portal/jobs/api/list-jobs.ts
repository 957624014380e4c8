import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZBoardJobPage, apiPaths, type JobBoardQuery } from '@alumni/shared';
import { request } from '../../../api/client';
import { filtersToQuery, type JobFilters } from '../job-params';

export const jobsPageSize = 20;

export const jobsQueryKey = ['jobs'] as const;
/** Every list of jobs, whatever its filters: what an interest makes out of date. */
export const jobListsQueryKey = [...jobsQueryKey, 'list'] as const;

export const listJobs = (query: JobBoardQuery, signal?: AbortSignal) =>
  request(apiPaths.jobs, { query: { ...query }, schema: ZBoardJobPage, signal });

/** Open jobs matching the filters, the newest opened first, a page at a time. */
export const jobListQueryOptions = (filters: JobFilters) =>
  infiniteQueryOptions({
    queryKey: [...jobListsQueryKey, filtersToQuery(filters)],
    queryFn: ({ pageParam, signal }) => listJobs({ ...filtersToQuery(filters), limit: jobsPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useJobList = (filters: JobFilters) => useInfiniteQuery(jobListQueryOptions(filters));
