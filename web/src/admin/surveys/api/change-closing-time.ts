import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSurvey, ZSurveyPatch, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeSurvey } from './store-survey';

/** Once a survey is open, only the time it closes may change. */
export const changeClosingTime = ({ id, closesAt }: { id: string; closesAt: string }) =>
  request(apiPaths.adminSurvey(id), { method: 'PATCH', body: { closesAt }, bodySchema: ZSurveyPatch, schema: ZSurvey });

export function useChangeClosingTime() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changeClosingTime, onSuccess: (survey) => storeSurvey(queryClient, survey) });
}
