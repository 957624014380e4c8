import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZPublicProfile, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { directoryQueryKey } from './search-directory';

export const getDirectoryProfile = (id: string, signal?: AbortSignal) =>
  request(apiPaths.directoryProfile(encodeURIComponent(id)), { schema: ZPublicProfile, signal });

export const directoryProfileQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...directoryQueryKey, 'profile', id], queryFn: ({ signal }) => getDirectoryProfile(id, signal) });

export const useDirectoryProfile = (id: string) => useQuery(directoryProfileQueryOptions(id));
