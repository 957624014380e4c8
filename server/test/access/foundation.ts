import { apiPaths } from '@alumni/shared';
import { adminOnly, signedIn, type RouteCase } from './types.js';

export const foundationRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/health', url: () => apiPaths.health, allowed: 'everyone' },
  { method: 'GET', pattern: '/api/ready', url: () => apiPaths.ready, allowed: 'everyone' },
  { method: 'GET', pattern: '/api/v1/auth/csrf', url: () => apiPaths.csrf, allowed: 'everyone' },
  { method: 'GET', pattern: '/api/v1/auth/session', url: () => apiPaths.session, allowed: signedIn },
  { method: 'POST', pattern: '/api/v1/auth/register', url: () => apiPaths.register, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/verify-email', url: () => apiPaths.verifyEmail, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/login', url: () => apiPaths.login, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/magic-link', url: () => apiPaths.magicLink, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/magic-link/consume', url: () => apiPaths.magicLinkConsume, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/password/forgot', url: () => apiPaths.forgotPassword, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/password/reset', url: () => apiPaths.resetPassword, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/invitations/accept', url: () => apiPaths.acceptInvite, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/logout', url: () => apiPaths.logout, allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/auth/logout-all', url: () => apiPaths.logoutAll, allowed: signedIn },
  { method: 'PATCH', pattern: '/api/v1/account', url: () => apiPaths.account, body: () => ({}), allowed: signedIn },
  { method: 'POST', pattern: '/api/v1/account/password', url: () => apiPaths.changePassword, body: () => ({}), allowed: signedIn },
  { method: 'POST', pattern: '/api/v1/account/email', url: () => apiPaths.changeEmail, body: () => ({}), allowed: signedIn },
  { method: 'GET', pattern: '/api/v1/account/sessions', url: () => apiPaths.accountSessions, allowed: signedIn },
  { method: 'POST', pattern: '/api/v1/account/sessions/:id/revoke', url: ({ target }) => apiPaths.accountSessionRevoke(target), allowed: signedIn },
  { method: 'POST', pattern: '/api/v1/account/email/confirm', url: () => apiPaths.confirmEmailChange, body: () => ({}), allowed: 'everyone' },
  { method: 'GET', pattern: '/api/v1/admin/staff', url: () => apiPaths.staff, allowed: adminOnly },
  { method: 'POST', pattern: '/api/v1/admin/staff/invitations', url: () => apiPaths.staffInvitations, body: () => ({}), allowed: adminOnly },
  { method: 'POST', pattern: '/api/v1/admin/users/:id/role', url: ({ target }) => apiPaths.userRole(target), body: () => ({}), allowed: adminOnly },
  { method: 'POST', pattern: '/api/v1/admin/users/:id/suspend', url: ({ target }) => apiPaths.userSuspend(target), allowed: adminOnly },
  { method: 'POST', pattern: '/api/v1/admin/users/:id/reactivate', url: ({ target }) => apiPaths.userReactivate(target), allowed: adminOnly },
  { method: 'GET', pattern: '/api/v1/admin/audit', url: () => apiPaths.audit, allowed: adminOnly },
  { method: 'GET', pattern: '/api/v1/admin/audit/export', url: () => apiPaths.auditExport, allowed: adminOnly },
];

