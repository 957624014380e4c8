import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZOk, ZPortalSurvey, ZPortalSurveyList, ZSurveyAnswerBody, apiPaths, type PortalSurvey, type SurveyAnswers } from '@alumni/shared';
import { request } from '../../../api/client';

export const portalSurveysQueryKey = ['portal', 'surveys'] as const;
const surveyQueryKey = (id: string) => [...portalSurveysQueryKey, 'detail', id] as const;

export const useSurveyList = () =>
  useQuery(queryOptions({ queryKey: [...portalSurveysQueryKey, 'list'], queryFn: ({ signal }) => request(apiPaths.surveys, { schema: ZPortalSurveyList, signal }) }));

export const useSurvey = (id: string) =>
  useQuery(
    queryOptions({
      queryKey: surveyQueryKey(id),
      queryFn: ({ signal }) => request(apiPaths.survey(encodeURIComponent(id)), { schema: ZPortalSurvey, signal }),
    }),
  );

/** Sends the member's answers once; afterwards the survey reads as answered everywhere. */
export function useAnswerSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: SurveyAnswers) =>
      request(apiPaths.surveyAnswer(encodeURIComponent(id)), { method: 'POST', body: { answers }, bodySchema: ZSurveyAnswerBody, schema: ZOk }),
    onSuccess: async () => {
      queryClient.setQueryData(surveyQueryKey(id), (survey: PortalSurvey | undefined) => (survey ? { ...survey, answered: true } : survey));
      await queryClient.invalidateQueries({ queryKey: portalSurveysQueryKey });
    },
  });
}
