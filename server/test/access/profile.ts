import { apiPaths } from '@alumni/shared';
import type { Caller, RouteCase } from './types.js';

/** The member's own profile: staff have no profile here and get 403. */
const memberOnly: Caller[] = ['member'];
/** An id nobody has: the access check runs before the lookup, so members get 404 and others 401/403. */
const unknownId = '00000000-0000-4000-8000-000000000000';

/** Every route of the profile module, with who may pass its access check. */
export const profileRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/profile', url: () => apiPaths.profile, allowed: memberOnly },
  { method: 'PATCH', pattern: '/api/v1/profile', url: () => apiPaths.profile, body: () => ({}), allowed: memberOnly },
  // Not multipart: a member gets 415, which still shows the access check let them through.
  { method: 'PUT', pattern: '/api/v1/profile/photo', url: () => apiPaths.profilePhoto, body: () => ({}), allowed: memberOnly },
  { method: 'DELETE', pattern: '/api/v1/profile/photo', url: () => apiPaths.profilePhoto, allowed: memberOnly },
  { method: 'POST', pattern: '/api/v1/profile/employment', url: () => apiPaths.profileEmployment, body: () => ({}), allowed: memberOnly },
  { method: 'DELETE', pattern: '/api/v1/profile/employment/:id', url: () => apiPaths.profileEmploymentItem(unknownId), allowed: memberOnly },
  { method: 'PUT', pattern: '/api/v1/profile/consents', url: () => apiPaths.profileConsents, body: () => ({}), allowed: memberOnly },
  { method: 'GET', pattern: '/api/v1/profile/consents', url: () => apiPaths.profileConsents, allowed: memberOnly },
];
