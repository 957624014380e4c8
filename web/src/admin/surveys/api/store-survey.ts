import type { QueryClient } from '@tanstack/react-query';
import type { Survey } from '@alumni/shared';
import { surveyQueryKey } from './get-survey';
import { surveysQueryKey } from './get-surveys';

/** A survey the server answered with replaces the cached one; the lists and its results are read again. */
export async function storeSurvey(queryClient: QueryClient, survey: Survey): Promise<void> {
  queryClient.setQueryData(surveyQueryKey(survey.id), survey);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...surveysQueryKey, 'list'] }),
    queryClient.invalidateQueries({ queryKey: [...surveyQueryKey(survey.id), 'results'] }),
  ]);
}
