import { ZSurveyStatus, type SurveyStatus } from '@alumni/shared';

/** The status filter from the page's URL; a value the API would refuse is dropped. */
export const surveyStatusFrom = (params: URLSearchParams): SurveyStatus | undefined => {
  const status = ZSurveyStatus.safeParse(params.get('status'));
  return status.success ? status.data : undefined;
};
