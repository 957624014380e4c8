import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZBoardFacets, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobsQueryKey } from './list-jobs';

export const getJobFacets = (signal?: AbortSignal) => request(apiPaths.jobFacets, { schema: ZBoardFacets, signal });

export const jobFacetsQueryOptions = () =>
  queryOptions({
    queryKey: [...jobsQueryKey, 'facets'],
    queryFn: ({ signal }) => getJobFacets(signal),
    // Departments and places of open jobs change slowly; the filters need not ask on every visit.
    staleTime: 10 * 60_000,
  });

export const useJobFacets = (enabled: boolean) => useQuery({ ...jobFacetsQueryOptions(), enabled });
