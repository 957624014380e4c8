import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSurvey, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeSurvey } from './store-survey';

/** Closes an open survey before its time: no answers are taken after this. */
export const closeSurvey = (id: string) => request(apiPaths.adminSurveyClose(id), { method: 'POST', schema: ZSurvey });

export function useCloseSurvey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeSurvey, onSuccess: (survey) => storeSurvey(queryClient, survey) });
}
