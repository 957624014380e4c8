import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZCadencePolicy, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { newslettersQueryKey } from './get-newsletters';

export const getCadence = (signal?: AbortSignal) => request(apiPaths.adminNewsletterCadence, { schema: ZCadencePolicy, signal });

export const cadenceQueryKey = [...newslettersQueryKey, 'cadence'] as const;

/** How many newsletters a year the community gets: at least and at most. */
export const cadenceQueryOptions = () => queryOptions({ queryKey: cadenceQueryKey, queryFn: ({ signal }) => getCadence(signal) });

export const useCadence = () => useQuery(cadenceQueryOptions());
