import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, type Role } from '@alumni/shared';
import { Agent, createUser, errorOf, signInAs, startTestApp, type TestApp } from './helpers.js';

type Caller = 'anonymous' | Role;
const callers: Caller[] = ['anonymous', 'member', 'hr', 'recruiter', 'admin'];
const adminOnly: Caller[] = ['admin'];
const signedIn: Caller[] = ['member', 'hr', 'recruiter', 'admin'];

interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH';
  url: (ids: { target: string }) => string;
  /** The pattern Fastify registered, to prove every route is covered. */
  pattern: string;
  body?: () => unknown;
  /** Who gets past the access check; everyone else gets 401 (signed out) or 403. */
  allowed: Caller[] | 'everyone';
}

const routes: RouteCase[] = [
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
];

let t: TestApp;
const registered: string[] = [];
let target = '';

beforeAll(async () => {
  t = await startTestApp();
  target = (await createUser(t.db, { role: 'member' })).id;
});
afterAll(async () => {
  await t.close();
});

describe('authorization matrix', () => {
  it('has a row for every API route', () => {
    // Collected from the live app, so a new route without a row here fails the suite.
    registered.push(...t.app.apiRoutes);
    expect(registered.length).toBeGreaterThan(20);
    const covered = new Set(routes.map((r) => `${r.method} ${r.pattern}`));
    const missing = registered.filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });

  for (const route of routes) {
    for (const caller of callers) {
      const allowed = route.allowed === 'everyone' || route.allowed.includes(caller);
      it(`${route.method} ${route.pattern} as ${caller}: ${allowed ? 'passes the access check' : 'refused'}`, async () => {
        // A fresh session per case: sign-out routes must not end the next case's session.
        const agent = caller === 'anonymous' ? new Agent(t.app) : (await signInAs(t, caller)).agent;
        const res = await agent.request({ method: route.method, url: route.url({ target }), ...(route.body ? { payload: route.body() as Record<string, never> } : {}) });
        if (allowed) {
          expect([401, 403]).not.toContain(res.statusCode);
          expect(res.statusCode).toBeLessThan(500);
        } else {
          expect(res.statusCode).toBe(caller === 'anonymous' ? 401 : 403);
          expect(errorOf(res).code).toBe(caller === 'anonymous' ? 'unauthenticated' : 'forbidden');
        }
      });
    }
  }
});
