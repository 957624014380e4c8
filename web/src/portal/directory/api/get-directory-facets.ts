import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZDirectoryFacets, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { directoryQueryKey } from './search-directory';

export const getDirectoryFacets = (signal?: AbortSignal) => request(apiPaths.directoryFacets, { schema: ZDirectoryFacets, signal });

export const directoryFacetsQueryOptions = () =>
  queryOptions({
    queryKey: [...directoryQueryKey, 'facets'],
    queryFn: ({ signal }) => getDirectoryFacets(signal),
    // Departments and cities change slowly; the filters need not ask on every visit.
    staleTime: 10 * 60_000,
  });

export const useDirectoryFacets = (enabled: boolean) => useQuery({ ...directoryFacetsQueryOptions(), enabled });
