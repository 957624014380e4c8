import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZJobResponses, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobQueryKey } from './get-job';

export const getJobResponses = (id: string, signal?: AbortSignal) => request(apiPaths.adminJobResponses(id), { schema: ZJobResponses, signal });

export const jobResponsesQueryKey = (id: string) => [...jobQueryKey(id), 'responses'] as const;

/** The members' interests in a posting and the people they referred to it. */
export const useJobResponses = (id: string) => useQuery(queryOptions({ queryKey: jobResponsesQueryKey(id), queryFn: ({ signal }) => getJobResponses(id, signal) }));
