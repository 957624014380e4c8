import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, ZErrorBody } from '@alumni/shared';
import { Agent, bodyOf, errorOf, signInAs, startTestApp, uniqueEmail, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const counts = async () =>
  (await t.db.execute<{ users: number; sessions: number; tokens: number; audit: number }>(sql`
    select (select count(*) from users)::int as users, (select count(*) from sessions)::int as sessions,
           (select count(*) from one_time_tokens)::int as tokens, (select count(*) from audit_log)::int as audit`)).rows[0];

describe('bad input gets the documented error and changes nothing', () => {
  const validRegistration = () => ({ email: uniqueEmail('bad'), password: 'long enough password', firstName: 'A', lastName: 'B', language: 'en' });

  const cases: { name: string; payload: string | object; headers?: Record<string, string>; status: number; code: string; path?: string }[] = [
    { name: 'malformed JSON', payload: '{"email": "a@b.fi", ', headers: { 'content-type': 'application/json' }, status: 400, code: 'invalid_json' },
    { name: 'empty JSON body', payload: '', headers: { 'content-type': 'application/json' }, status: 400, code: 'invalid_json' },
    { name: 'wrong type', payload: { ...validRegistration(), password: 12345678901 }, status: 400, code: 'validation_failed', path: 'password' },
    { name: 'missing field', payload: { email: uniqueEmail('bad'), password: 'long enough password', lastName: 'B', language: 'en' }, status: 400, code: 'validation_failed', path: 'firstName' },
    { name: 'unknown field', payload: { ...validRegistration(), role: 'admin' }, status: 400, code: 'validation_failed', path: 'role' },
    { name: 'invalid email', payload: { ...validRegistration(), email: 'not-an-address' }, status: 400, code: 'validation_failed', path: 'email' },
    { name: 'short password', payload: { ...validRegistration(), password: 'short' }, status: 400, code: 'validation_failed', path: 'password' },
    { name: 'unknown language', payload: { ...validRegistration(), language: 'de' }, status: 400, code: 'validation_failed', path: 'language' },
    { name: 'oversize body', payload: { ...validRegistration(), firstName: 'x'.repeat(1_100_000) }, status: 413, code: 'payload_too_large' },
    { name: 'form-encoded body', payload: 'email=a%40b.fi', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, code: 'unsupported_media_type' },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.status} ${c.code}`, async () => {
      const before = await counts();
      const agent = new Agent(t.app);
      const res = await agent.request({ method: 'POST', url: apiPaths.register, payload: c.payload, headers: c.headers ?? {} });
      expect(res.statusCode).toBe(c.status);
      const body = bodyOf(res, ZErrorBody);
      expect(body.error.code).toBe(c.code);
      expect(typeof body.error.message).toBe('string');
      expect(body.error.message).not.toMatch(/at .*\.(ts|js):\d+/);
      if (c.path) expect((body.error.details ?? []).map((d) => d.path)).toContain(c.path);
      expect(await counts()).toEqual(before);
    });
  }

  it('a wrong query parameter type on a list is a 400', async () => {
    const { agent } = await signInAs(t, 'admin');
    const res = await agent.get(`${apiPaths.staff}?limit=500`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]?.path).toBe('limit');
    expect((await agent.get(`${apiPaths.staff}?sort=email`)).statusCode).toBe(400);
  });

  it('a malformed id is a 400 and an unknown route a 404, both in the error format', async () => {
    const { agent } = await signInAs(t, 'admin');
    const bad = await agent.post(apiPaths.userSuspend('not-a-uuid'));
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).code).toBe('validation_failed');
    const missing = await agent.get('/api/v1/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('not_found');
  });

  it('tampered and unknown tokens are refused without a change', async () => {
    const before = await counts();
    const agent = new Agent(t.app);
    for (const url of [apiPaths.verifyEmail, apiPaths.magicLinkConsume, apiPaths.confirmEmailChange]) {
      const res = await agent.post(url, { token: 'A'.repeat(43) });
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).code).toBe('invalid_token');
    }
    const reset = await agent.post(apiPaths.resetPassword, { token: 'B'.repeat(43), password: 'a new password!' });
    expect(errorOf(reset).code).toBe('invalid_token');
    expect(await counts()).toEqual(before);
  });

  it('a tampered session cookie is treated as signed out', async () => {
    const { agent } = await signInAs(t, 'member');
    const res = await t.app.inject({ method: 'GET', url: apiPaths.session, headers: { cookie: 'alumni_session=eyJhbGciOiJIUzI1NiJ9.e30.forged' } });
    expect(res.statusCode).toBe(401);
    expect((await agent.get(apiPaths.session)).statusCode).toBe(200);
  });
});

describe('values the schemas pass but the database cannot hold are a 400, not a 500, and change nothing', () => {
  const forged = (parts: string[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
  const someId = '0b7c6f7e-6a8e-4c47-9d64-2f0d1c1b2a3e';

  it('a NUL character or a year 0 in a member’s writes', async () => {
    const { agent, user } = await signInAs(t, { role: 'member', verification: 'unverified' });
    const claim = { memberType: 'intern', department: 'Kotihoito', title: 'Harjoittelija', startMonth: '2019-06', endMonth: '2019-08' };
    const cases = [
      await agent.post(apiPaths.membershipClaim, { ...claim, department: 'Koti\u0000hoito' }),
      await agent.post(apiPaths.membershipClaim, { ...claim, startMonth: '0000-01' }),
      await agent.post(apiPaths.membershipClaim, { ...claim, endMonth: '2999-01' }),
      await agent.patch(apiPaths.profile, { headline: 'Hoitaja\u0000' }),
      await agent.post(apiPaths.profileEmployment, { department: 'Kotihoito', title: 'Hoitaja', startDate: '0000-01-01', endDate: null }),
    ];
    for (const res of cases) {
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res).code).toBe('validation_failed');
    }
    const written = await t.db.execute<{ claims: number; periods: number; headline: string | null }>(sql`
      select (select count(*) from membership_claims where member_id = ${user.id})::int as claims,
             (select count(*) from employment_periods where member_id = ${user.id})::int as periods,
             (select headline from members where user_id = ${user.id}) as headline`);
    expect(written.rows[0]).toEqual({ claims: 0, periods: 0, headline: null });
  });

  it('in searches, filters and forged cursors', async () => {
    const { agent: member } = await signInAs(t, 'member');
    const { agent: hr } = await signInAs(t, 'hr');
    const cases = [
      await member.get(`${apiPaths.directory}?q=${encodeURIComponent('Virta\u0000nen')}`),
      await hr.get(`${apiPaths.adminMembers}?joinedFrom=0000-01-01`),
      await hr.get(`${apiPaths.adminApprovals}?cursor=${forged(['2024-99-99 99:99Z', someId])}`),
      await hr.get(`${apiPaths.adminMembers}?cursor=${forged(['-999999999999999999', someId])}`),
    ];
    for (const res of cases) {
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res).code).toBe('validation_failed');
    }
  });
});
