import { apiPaths, insightPanels } from '@alumni/shared';
import { hrOrAdmin, type RouteCase } from './types.js';

/** Every route of the insight module, with who may pass its access check. */
export const insightRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/insight/hires', url: () => apiPaths.adminInsightHires, allowed: hrOrAdmin },
  { method: 'PUT', pattern: '/api/v1/admin/insight/hires', url: () => apiPaths.adminInsightHires, body: () => ({}), allowed: hrOrAdmin },
  ...insightPanels.flatMap((panel): RouteCase[] => [
    { method: 'GET', pattern: `/api/v1/admin/insight/${panel}`, url: () => apiPaths.adminInsight(panel), allowed: hrOrAdmin },
    { method: 'GET', pattern: `/api/v1/admin/insight/${panel}/export`, url: () => apiPaths.adminInsightExport(panel), allowed: hrOrAdmin },
  ]),
];
