import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZSurveyResults, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { surveyQueryKey } from './get-survey';

export const getSurveyResults = (id: string, signal?: AbortSignal) => request(apiPaths.adminSurveyResults(id), { schema: ZSurveyResults, signal });

export const surveyResultsQueryKey = (id: string) => [...surveyQueryKey(id), 'results'] as const;

/** The answers counted per question, with the audience the response rate is taken of. */
export const useSurveyResults = (id: string) =>
  useQuery(queryOptions({ queryKey: surveyResultsQueryKey(id), queryFn: ({ signal }) => getSurveyResults(id, signal) }));
