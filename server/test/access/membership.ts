import { apiPaths } from '@alumni/shared';
import { hrOrAdmin, type Caller, type RouteCase } from './types.js';

/** Staff pass every verification; only members claim employment. */
const membersOnly: Caller[] = ['member'];

/** Every route of the membership module, with who may pass its access check. */
export const membershipRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/membership', url: () => apiPaths.membership, allowed: membersOnly },
  { method: 'POST', pattern: '/api/v1/membership/claim', url: () => apiPaths.membershipClaim, body: () => ({}), allowed: membersOnly },
  { method: 'POST', pattern: '/api/v1/membership/claim/reply', url: () => apiPaths.membershipClaimReply, body: () => ({}), allowed: membersOnly },
  { method: 'GET', pattern: '/api/v1/admin/approvals', url: () => apiPaths.adminApprovals, allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/approvals/:id/approve', url: ({ target }) => apiPaths.adminApprove(target), body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/approvals/:id/reject', url: ({ target }) => apiPaths.adminReject(target), body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/approvals/:id/request-info', url: ({ target }) => apiPaths.adminRequestInfo(target), body: () => ({}), allowed: hrOrAdmin },
];
