import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSurveyOpened, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeSurvey } from './store-survey';

/** Opens the draft for answers and queues the mail to the audience's members who take the newsletter. */
export const openSurvey = (id: string) => request(apiPaths.adminSurveyOpen(id), { method: 'POST', schema: ZSurveyOpened });

export function useOpenSurvey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openSurvey, onSuccess: ({ survey }) => storeSurvey(queryClient, survey) });
}
