import { apiPaths } from '@alumni/shared';
import { hrOrAdmin, type RouteCase } from './types.js';

/** An id no account has: suspending or reactivating the shared target would change other rows' outcomes. */
const nobody = '00000000-0000-4000-8000-00000000a11c';

/** Every route of the members module, with who may pass its access check. */
export const membersRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/members', url: () => apiPaths.adminMembers, allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/members/export', url: () => apiPaths.adminMembersExport, allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/members/:id', url: ({ target }) => apiPaths.adminMember(target), allowed: hrOrAdmin },
  // An empty body is refused (400) after the access check, so the target stays as it is.
  { method: 'PATCH', pattern: '/api/v1/admin/members/:id', url: ({ target }) => apiPaths.adminMember(target), body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/members/:id/suspend', url: () => apiPaths.adminMemberSuspend(nobody), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/members/:id/reactivate', url: () => apiPaths.adminMemberReactivate(nobody), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/members/:id/erase', url: ({ target }) => apiPaths.adminMemberErase(target), body: () => ({}), allowed: hrOrAdmin },
];
