import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSurvey, ZSurveyBody, apiPaths, type SurveyBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeSurvey } from './store-survey';

/** Saves a draft whole: its texts, audience, closing time and questions. */
export const updateSurvey = ({ id, body }: { id: string; body: SurveyBody }) =>
  request(apiPaths.adminSurvey(id), { method: 'PATCH', body, bodySchema: ZSurveyBody, schema: ZSurvey });

export function useUpdateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSurvey, onSuccess: (survey) => storeSurvey(queryClient, survey) });
}
