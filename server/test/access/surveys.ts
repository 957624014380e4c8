import { apiPaths } from '@alumni/shared';
import { hrOrAdmin, type Caller, type RouteCase } from './types.js';

const unknown = '00000000-0000-4000-8000-000000000000';
const members: Caller[] = ['member'];

/** Every route of the surveys module, with who may pass its access check. */
export const surveysRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/surveys', url: () => apiPaths.adminSurveys, allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/surveys', url: () => apiPaths.adminSurveys, body: () => ({}), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/surveys/:id', url: () => apiPaths.adminSurvey(unknown), allowed: hrOrAdmin },
  { method: 'PATCH', pattern: '/api/v1/admin/surveys/:id', url: () => apiPaths.adminSurvey(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'DELETE', pattern: '/api/v1/admin/surveys/:id', url: () => apiPaths.adminSurvey(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/surveys/:id/open', url: () => apiPaths.adminSurveyOpen(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/surveys/:id/close', url: () => apiPaths.adminSurveyClose(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/surveys/:id/results', url: () => apiPaths.adminSurveyResults(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/surveys/:id/export', url: () => apiPaths.adminSurveyExport(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/surveys', url: () => apiPaths.surveys, allowed: members },
  { method: 'GET', pattern: '/api/v1/surveys/:id', url: () => apiPaths.survey(unknown), allowed: members },
  { method: 'POST', pattern: '/api/v1/surveys/:id/answer', url: () => apiPaths.surveyAnswer(unknown), body: () => ({ answers: {} }), allowed: members },
];
