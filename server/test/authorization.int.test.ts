import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foundationRoutes } from './access/foundation.js';
import { membershipRoutes } from './access/membership.js';
import { recordsRoutes } from './access/records.js';
import { profileRoutes } from './access/profile.js';
import { directoryRoutes } from './access/directory.js';
import { membersRoutes } from './access/members.js';
import { privacyRoutes } from './access/privacy.js';
import { eventsRoutes } from './access/events.js';
import { newslettersRoutes } from './access/newsletters.js';
import { jobsRoutes } from './access/jobs.js';
import { insightRoutes } from './access/insight.js';
import { surveysRoutes } from './access/surveys.js';
import { settingsRoutes } from './access/settings.js';
import { callers, type RouteCase } from './access/types.js';
import { Agent, createUser, errorOf, signInAs, startTestApp, type TestApp } from './helpers.js';

/** One file of rows per feature, so the matrix grows with the route table. */
const routes: RouteCase[] = [...foundationRoutes, ...membershipRoutes, ...recordsRoutes, ...profileRoutes, ...directoryRoutes, ...membersRoutes, ...privacyRoutes, ...eventsRoutes, ...newslettersRoutes, ...jobsRoutes, ...insightRoutes, ...surveysRoutes, ...settingsRoutes];

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
