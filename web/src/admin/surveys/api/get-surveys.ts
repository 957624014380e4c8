import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZSurveyPage, apiPaths, type SurveyQuery, type SurveyStatus } from '@alumni/shared';
import { request } from '../../../api/client';

export const surveysPageSize = 50;

export const getSurveys = (query: SurveyQuery, signal?: AbortSignal) =>
  request(apiPaths.adminSurveys, { query: { limit: query.limit, cursor: query.cursor, status: query.status }, schema: ZSurveyPage, signal });

export const surveysQueryKey = ['admin', 'surveys'] as const;

/** The surveys, drafts included, newest first; optionally of one status. */
export const surveysQueryOptions = (status: SurveyStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: [...surveysQueryKey, 'list', status ?? 'all'],
    queryFn: ({ pageParam, signal }) => getSurveys({ limit: surveysPageSize, cursor: pageParam ?? undefined, status }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useSurveys = (status: SurveyStatus | undefined) => useInfiniteQuery(surveysQueryOptions(status));
