import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZSuggestions, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobQueryKey } from './get-job';

export const getSuggestions = (id: string, signal?: AbortSignal) => request(apiPaths.adminJobSuggestions(id), { schema: ZSuggestions, signal });

export const suggestionsQueryKey = (id: string) => [...jobQueryKey(id), 'suggestions'] as const;

/** Alumni who fit the posting, best first. */
export const useSuggestions = (id: string) => useQuery(queryOptions({ queryKey: suggestionsQueryKey(id), queryFn: ({ signal }) => getSuggestions(id, signal) }));
