import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZSurvey, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { surveysQueryKey } from './get-surveys';

export const getSurvey = (id: string, signal?: AbortSignal) => request(apiPaths.adminSurvey(id), { schema: ZSurvey, signal });

export const surveyQueryKey = (id: string) => [...surveysQueryKey, 'detail', id] as const;

export const surveyQueryOptions = (id: string) => queryOptions({ queryKey: surveyQueryKey(id), queryFn: ({ signal }) => getSurvey(id, signal) });

export const useSurvey = (id: string) => useQuery(surveyQueryOptions(id));
