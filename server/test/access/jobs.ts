import { apiPaths } from '@alumni/shared';
import { staffOnly, type Caller, type RouteCase } from './types.js';

const unknown = '00000000-0000-4000-8000-000000000000';
const members: Caller[] = ['member'];

/** Every route of the jobs module, with who may pass its access check. */
export const jobsRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/jobs', url: () => apiPaths.adminJobs, allowed: staffOnly },
  { method: 'POST', pattern: '/api/v1/admin/jobs', url: () => apiPaths.adminJobs, body: () => ({}), allowed: staffOnly },
  { method: 'GET', pattern: '/api/v1/admin/jobs/:id', url: () => apiPaths.adminJob(unknown), allowed: staffOnly },
  { method: 'PATCH', pattern: '/api/v1/admin/jobs/:id', url: () => apiPaths.adminJob(unknown), body: () => ({}), allowed: staffOnly },
  { method: 'DELETE', pattern: '/api/v1/admin/jobs/:id', url: () => apiPaths.adminJob(unknown), allowed: staffOnly },
  { method: 'GET', pattern: '/api/v1/admin/jobs/:id/responses', url: () => apiPaths.adminJobResponses(unknown), allowed: staffOnly },
  { method: 'PATCH', pattern: '/api/v1/admin/interests/:id', url: () => apiPaths.adminInterest(unknown), body: () => ({}), allowed: staffOnly },
  { method: 'PATCH', pattern: '/api/v1/admin/referrals/:id', url: () => apiPaths.adminReferral(unknown), body: () => ({}), allowed: staffOnly },
  { method: 'GET', pattern: '/api/v1/admin/jobs/:id/suggestions', url: () => apiPaths.adminJobSuggestions(unknown), allowed: staffOnly },
  { method: 'GET', pattern: '/api/v1/admin/talent-flags', url: () => apiPaths.adminFlags, allowed: staffOnly },
  { method: 'POST', pattern: '/api/v1/admin/talent-flags', url: () => apiPaths.adminFlags, body: () => ({}), allowed: staffOnly },
  { method: 'PATCH', pattern: '/api/v1/admin/talent-flags/:id', url: () => apiPaths.adminFlag(unknown), body: () => ({}), allowed: staffOnly },
  { method: 'DELETE', pattern: '/api/v1/admin/talent-flags/:id', url: () => apiPaths.adminFlag(unknown), allowed: staffOnly },
  { method: 'POST', pattern: '/api/v1/admin/talent-flags/:id/stage', url: () => apiPaths.adminFlagMove(unknown), body: () => ({}), allowed: staffOnly },
  { method: 'POST', pattern: '/api/v1/admin/talent-flags/:id/notes', url: () => apiPaths.adminFlagNotes(unknown), body: () => ({}), allowed: staffOnly },
  { method: 'GET', pattern: '/api/v1/jobs', url: () => apiPaths.jobs, allowed: members },
  { method: 'GET', pattern: '/api/v1/jobs/facets', url: () => apiPaths.jobFacets, allowed: members },
  { method: 'GET', pattern: '/api/v1/jobs/mine', url: () => apiPaths.myJobActivity, allowed: members },
  { method: 'GET', pattern: '/api/v1/jobs/alert', url: () => apiPaths.jobAlert, allowed: members },
  { method: 'PUT', pattern: '/api/v1/jobs/alert', url: () => apiPaths.jobAlert, body: () => ({}), allowed: members },
  { method: 'DELETE', pattern: '/api/v1/jobs/alert', url: () => apiPaths.jobAlert, allowed: members },
  { method: 'GET', pattern: '/api/v1/jobs/:id', url: () => apiPaths.job(unknown), allowed: members },
  { method: 'PUT', pattern: '/api/v1/jobs/:id/interest', url: () => apiPaths.jobInterest(unknown), body: () => ({}), allowed: members },
  { method: 'DELETE', pattern: '/api/v1/jobs/:id/interest', url: () => apiPaths.jobInterest(unknown), allowed: members },
  { method: 'PUT', pattern: '/api/v1/jobs/:id/interest/cv', url: () => apiPaths.jobInterestCv(unknown), allowed: members },
  { method: 'DELETE', pattern: '/api/v1/jobs/:id/interest/cv', url: () => apiPaths.jobInterestCv(unknown), allowed: members },
  { method: 'GET', pattern: '/api/v1/admin/interests/:id/cv', url: () => apiPaths.adminInterestCv(unknown), allowed: staffOnly },
  { method: 'POST', pattern: '/api/v1/jobs/:id/referrals', url: () => apiPaths.jobReferrals(unknown), body: () => ({}), allowed: members },
  { method: 'POST', pattern: '/api/v1/jobs/:id/share', url: () => apiPaths.jobShare(unknown), allowed: members },
  { method: 'GET', pattern: '/api/v1/s/:code', url: () => apiPaths.shareVisit('AAAAAAAAAAAAAAAA'), allowed: 'everyone' },
];
