import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSurvey, ZSurveyBody, apiPaths, type SurveyBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeSurvey } from './store-survey';

/** A new survey is a draft: nothing is mailed until it is opened. */
export const createSurvey = (body: SurveyBody) => request(apiPaths.adminSurveys, { method: 'POST', body, bodySchema: ZSurveyBody, schema: ZSurvey });

export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSurvey, onSuccess: (survey) => storeSurvey(queryClient, survey) });
}
