import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZAccountSessions, apiPaths, csrfCookieName, sessionCookieName, webPaths, ZAccepted } from '@alumni/shared';
import { oneTimeTokens, sessions, users } from '../src/db/schema.js';
import { Agent, bodyOf, createUser, defaultPassword, errorOf, linkToken, mailTo, sessionOf, signInAs, startTestApp, uniqueEmail, userOf, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const userByEmail = async (email: string) => (await t.db.select().from(users).where(eq(users.email, email)))[0];

describe('registration and confirmation', () => {
  it('registers, mails a confirmation link in the chosen language, confirms once, then signs in', async () => {
    const agent = new Agent(t.app);
    const email = uniqueEmail('new');
    const res = await agent.post(apiPaths.register, { email: email.toUpperCase(), password: defaultPassword, firstName: 'Aino', lastName: 'Virtanen', language: 'fi' });
    expect(res.statusCode).toBe(202);
    expect(bodyOf(res, ZAccepted)).toEqual({ accepted: true });

    const before = await agent.post(apiPaths.login, { email, password: defaultPassword });
    expect(before.statusCode).toBe(422);

    const mail = await t.mail.waitFor(mailTo(email));
    expect(mail.subject).toMatch(/Vahvista sähköpostiosoitteesi/);
    expect(mail.text).toContain('Hei Aino');
    expect(mail.html).toContain('<html lang="fi">');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.messageId).toBeTruthy();
    expect(mail.from).toBe('alumni@test.example');
    const token = linkToken(mail, webPaths.confirmEmail);

    expect((await agent.post(apiPaths.verifyEmail, { token })).statusCode).toBe(200);
    const again = await agent.post(apiPaths.verifyEmail, { token });
    expect(again.statusCode).toBe(400);
    expect(errorOf(again).code).toBe('invalid_token');

    const login = await agent.post(apiPaths.login, { email, password: defaultPassword });
    expect(login.statusCode).toBe(200);
    expect(sessionOf(login).user).toMatchObject({ email, role: 'member', status: 'active', emailVerified: true, language: 'fi' });
    expect(sessionOf(login).user).not.toHaveProperty('passwordHash');
    const cookie = login.cookies.find((c) => c.name === sessionCookieName);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');

    const me = await agent.get(apiPaths.session);
    expect(me.statusCode).toBe(200);
    expect(sessionOf(me).user.email).toBe(email);
    const row = await userByEmail(email);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('answers a registration of a taken address exactly as a new one, and tells the owner by mail', async () => {
    const owner = await createUser(t.db, { language: 'sv', firstName: 'Linnea' });
    const agent = new Agent(t.app);
    const res = await agent.post(apiPaths.register, { email: owner.email, password: 'another password 1', firstName: 'X', lastName: 'Y', language: 'en' });
    expect(res.statusCode).toBe(202);
    expect(bodyOf(res, ZAccepted)).toEqual({ accepted: true });
    const mail = await t.mail.waitFor(mailTo(owner.email));
    expect(mail.subject).toMatch(/Du har redan ett konto/);
    const row = await userByEmail(owner.email);
    expect(row?.passwordHash).toBe(owner.passwordHash);
    expect(row?.firstName).toBe('Linnea');
  });

  it('refuses an expired confirmation link', async () => {
    const agent = new Agent(t.app);
    const email = uniqueEmail('late');
    await agent.post(apiPaths.register, { email, password: defaultPassword, firstName: 'Eetu', lastName: 'Laine', language: 'en' });
    const token = linkToken(await t.mail.waitFor(mailTo(email)), webPaths.confirmEmail);
    await t.db.execute(sql`update one_time_tokens set expires_at = now() - interval '1 second' where user_id = (select id from users where email = ${email})`);
    const res = await agent.post(apiPaths.verifyEmail, { token });
    expect(res.statusCode).toBe(400);
    expect((await userByEmail(email))?.status).toBe('pending');
  });
});

describe('sign-in', () => {
  it('gives the same answer for an unknown address and a wrong password', async () => {
    const user = await createUser(t.db);
    const agent = new Agent(t.app, '10.0.0.1');
    const wrong = await agent.post(apiPaths.login, { email: user.email, password: 'wrong password!' });
    const unknown = await agent.post(apiPaths.login, { email: uniqueEmail('nobody'), password: 'wrong password!' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(wrong)).toEqual(errorOf(unknown));
    expect(wrong.cookies.find((c) => c.name === sessionCookieName)).toBeUndefined();
  });

  it('refuses a suspended account and ends its sessions', async () => {
    const { agent, user } = await signInAs(t, 'member');
    expect((await agent.get(apiPaths.session)).statusCode).toBe(200);
    await t.db.update(users).set({ status: 'suspended' }).where(eq(users.id, user.id));
    expect((await agent.get(apiPaths.session)).statusCode).toBe(401);
    const again = await new Agent(t.app).post(apiPaths.login, { email: user.email, password: defaultPassword });
    expect(again.statusCode).toBe(403);
  });

  it('starts a new session on every sign-in', async () => {
    const user = await createUser(t.db);
    const a = new Agent(t.app);
    await a.post(apiPaths.login, { email: user.email, password: defaultPassword });
    const first = a.cookie(sessionCookieName);
    await a.post(apiPaths.login, { email: user.email, password: defaultPassword });
    expect(a.cookie(sessionCookieName)).not.toBe(first);
    const rows = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(2);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const { agent, user } = await signInAs(t, 'member');
    await t.db.execute(sql`update sessions set last_seen_at = now() - make_interval(secs => ${t.config.sessionIdleMs / 1000 + 5}) where user_id = ${user.id}`);
    expect((await agent.get(apiPaths.session)).statusCode).toBe(401);

    const second = await signInAs(t, 'member');
    await t.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${second.user.id}`);
    expect((await second.agent.get(apiPaths.session)).statusCode).toBe(401);
  });

  it('signs out one session, or every session', async () => {
    const user = await createUser(t.db);
    const a = new Agent(t.app);
    const b = new Agent(t.app);
    await a.post(apiPaths.login, { email: user.email, password: defaultPassword });
    await b.post(apiPaths.login, { email: user.email, password: defaultPassword });
    expect((await a.post(apiPaths.logout)).statusCode).toBe(204);
    expect((await a.get(apiPaths.session)).statusCode).toBe(401);
    expect((await b.get(apiPaths.session)).statusCode).toBe(200);

    const c = new Agent(t.app);
    await c.post(apiPaths.login, { email: user.email, password: defaultPassword });
    expect((await c.post(apiPaths.logoutAll)).statusCode).toBe(204);
    expect((await b.get(apiPaths.session)).statusCode).toBe(401);
    expect((await c.get(apiPaths.session)).statusCode).toBe(401);
  });

  it('needs the CSRF token on state-changing requests', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const res = await agent.request({ method: 'PATCH', url: apiPaths.account, payload: { firstName: 'Hacked' }, csrf: false });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('csrf_failed');
    const forged = await agent.request({ method: 'PATCH', url: apiPaths.account, payload: { firstName: 'Hacked' }, csrf: false, headers: { 'x-csrf-token': 'forged-token-value' } });
    expect(forged.statusCode).toBe(403);
    expect((await t.db.select().from(users).where(eq(users.id, user.id)))[0]?.firstName).toBe('Test');

    const anon = new Agent(t.app);
    const noToken = await anon.request({ method: 'POST', url: apiPaths.login, payload: { email: user.email, password: defaultPassword }, csrf: false });
    expect(noToken.statusCode).toBe(403);
  });
});

describe('magic link', () => {
  it('mails a single-use link valid for 10 minutes that signs in', async () => {
    const user = await createUser(t.db, { language: 'en', password: null });
    const agent = new Agent(t.app);
    expect((await agent.post(apiPaths.magicLink, { email: user.email, language: 'sv' })).statusCode).toBe(202);
    const mail = await t.mail.waitFor(mailTo(user.email));
    expect(mail.subject).toMatch(/inloggningslänk/);
    const token = linkToken(mail, webPaths.magicLink);

    const [row] = await t.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.id));
    expect(row?.tokenHash).not.toBe(token);
    const ttl = (row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0);
    expect(ttl).toBe(10 * 60_000);

    // A scanner's GET of the mailed page is the SPA shell: no API call consumes the token on GET.
    await agent.get(`${webPaths.magicLink}?token=${token}`);
    const res = await agent.post(apiPaths.magicLinkConsume, { token });
    expect(res.statusCode).toBe(200);
    expect(sessionOf(res).user.email).toBe(user.email);
    expect((await agent.get(apiPaths.session)).statusCode).toBe(200);

    const reuse = await new Agent(t.app).post(apiPaths.magicLinkConsume, { token });
    expect(reuse.statusCode).toBe(400);
    expect(errorOf(reuse).code).toBe('invalid_token');
  });

  it('answers an unknown address the same and sends nothing', async () => {
    const agent = new Agent(t.app);
    const nobody = uniqueEmail('ghost');
    const res = await agent.post(apiPaths.magicLink, { email: nobody });
    expect(res.statusCode).toBe(202);
    expect(bodyOf(res, ZAccepted)).toEqual({ accepted: true });
    await expect(t.mail.waitFor(mailTo(nobody), 1500)).rejects.toThrow();
  });

  it('refuses an expired link', async () => {
    const user = await createUser(t.db);
    const agent = new Agent(t.app);
    await agent.post(apiPaths.magicLink, { email: user.email });
    const token = linkToken(await t.mail.waitFor(mailTo(user.email)), webPaths.magicLink);
    await t.db.execute(sql`update one_time_tokens set expires_at = now() - interval '1 second' where user_id = ${user.id}`);
    expect((await agent.post(apiPaths.magicLinkConsume, { token })).statusCode).toBe(400);
    expect((await agent.get(apiPaths.session)).statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('resets a forgotten password by mail, ending every session', async () => {
    const { agent: old, user } = await signInAs(t, 'member');
    const agent = new Agent(t.app);
    expect((await agent.post(apiPaths.forgotPassword, { email: user.email })).statusCode).toBe(202);
    const token = linkToken(await t.mail.waitFor(mailTo(user.email, /password/i)), webPaths.resetPassword);
    const res = await agent.post(apiPaths.resetPassword, { token, password: 'a brand new password' });
    expect(res.statusCode).toBe(200);
    expect((await old.get(apiPaths.session)).statusCode).toBe(401);
    expect((await agent.post(apiPaths.resetPassword, { token, password: 'yet another password' })).statusCode).toBe(400);
    expect((await agent.post(apiPaths.login, { email: user.email, password: defaultPassword })).statusCode).toBe(401);
    expect((await agent.post(apiPaths.login, { email: user.email, password: 'a brand new password' })).statusCode).toBe(200);
    await t.mail.waitFor(mailTo(user.email, /was changed/));
  });

  it('changes the password with the current one, keeping only the new session', async () => {
    const user = await createUser(t.db);
    const a = new Agent(t.app);
    const b = new Agent(t.app);
    await a.post(apiPaths.login, { email: user.email, password: defaultPassword });
    await b.post(apiPaths.login, { email: user.email, password: defaultPassword });
    const wrong = await a.post(apiPaths.changePassword, { currentPassword: 'not my password', newPassword: 'a fresh password' });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details?.[0]).toMatchObject({ path: 'currentPassword', code: 'wrong_password' });
    const ok = await a.post(apiPaths.changePassword, { currentPassword: defaultPassword, newPassword: 'a fresh password' });
    expect(ok.statusCode).toBe(200);
    expect((await a.get(apiPaths.session)).statusCode).toBe(200);
    expect((await b.get(apiPaths.session)).statusCode).toBe(401);
  });

  it('limits reset requests to 5 per 30 minutes per address with 429 and Retry-After', async () => {
    const user = await createUser(t.db);
    const agent = new Agent(t.app, '10.0.0.9');
    for (let i = 0; i < 5; i++) expect((await agent.post(apiPaths.forgotPassword, { email: user.email })).statusCode).toBe(202);
    const res = await agent.post(apiPaths.forgotPassword, { email: user.email });
    expect(res.statusCode).toBe(429);
    expect(errorOf(res).code).toBe('rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(1000);
  });

  it('limits sign-in tries to 25 per 5 minutes per IP', async () => {
    const agent = new Agent(t.app, '10.0.0.66');
    for (let i = 0; i < 25; i++) {
      const r = await agent.post(apiPaths.login, { email: uniqueEmail('try'), password: 'wrong password' });
      expect(r.statusCode).toBe(401);
    }
    const res = await agent.post(apiPaths.login, { email: uniqueEmail('try'), password: 'wrong password' });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    // Another client is not affected.
    const other = await signInAs(t, 'member');
    expect((await other.agent.get(apiPaths.session)).statusCode).toBe(200);
  });
});

describe('security logging', () => {
  it('logs failed sign-ins without the address, and refused accesses with who and where', async () => {
    const user = await createUser(t.db);
    const agent = new Agent(t.app);
    await agent.post(apiPaths.login, { email: user.email, password: 'not the password' });
    const failed = t.logs.find((l) => l.event === 'login_failed' && l.ip === agent.ip);
    expect(failed).toBeDefined();
    expect(JSON.stringify(failed)).not.toContain(user.email);

    const { agent: member, user: memberUser } = await signInAs(t, 'member');
    await member.get(apiPaths.staff);
    const refused = t.logs.find((l) => l.event === 'access_refused' && l.userId === memberUser.id);
    expect(refused).toMatchObject({ role: 'member', url: apiPaths.staff });
    expect(refused?.reqId).toBeTruthy();
  });
});

describe('sign-in limits per address', () => {
  it('allows 25 tries an hour for one address, whatever the IP, then 429 even with the right password', async () => {
    const user = await createUser(t.db);
    for (let i = 0; i < 25; i++) {
      const r = await new Agent(t.app).post(apiPaths.login, { email: user.email, password: 'wrong password' });
      expect(r.statusCode).toBe(401);
    }
    const res = await new Agent(t.app).post(apiPaths.login, { email: user.email, password: defaultPassword });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(3000);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });
});

describe('account', () => {
  it('changes names and language', async () => {
    const { agent } = await signInAs(t, 'member');
    const res = await agent.patch(apiPaths.account, { language: 'sv', firstName: 'Ebba' });
    expect(res.statusCode).toBe(200);
    expect(userOf(res)).toMatchObject({ language: 'sv', firstName: 'Ebba' });
  });

  it('changes the address only after the password and a confirmation sent to the new address', async () => {
    const { agent, user } = await signInAs(t, 'member');
    const next = uniqueEmail('moved');
    const wrong = await agent.post(apiPaths.changeEmail, { newEmail: next, password: 'not the password' });
    expect(wrong.statusCode).toBe(400);
    expect((await agent.post(apiPaths.changeEmail, { newEmail: next, password: defaultPassword })).statusCode).toBe(202);
    const mail = await t.mail.waitFor(mailTo(next));
    expect((await userByEmail(user.email))?.id).toBe(user.id);
    const token = linkToken(mail, webPaths.confirmEmailChange);
    expect((await agent.post(apiPaths.confirmEmailChange, { token })).statusCode).toBe(200);
    expect((await userByEmail(next))?.id).toBe(user.id);
    await t.mail.waitFor(mailTo(user.email, /changed/));
    expect((await agent.post(apiPaths.login, { email: next, password: defaultPassword })).statusCode).toBe(200);
  });

  it('keeps the CSRF cookie readable by the SPA', async () => {
    const { agent } = await signInAs(t, 'member');
    expect(agent.cookie(csrfCookieName)).toBeTruthy();
  });
});

describe('only the latest link works', () => {
  it('voids an earlier magic link when a new one is sent', async () => {
    const user = await createUser(t.db);
    const agent = new Agent(t.app);
    await agent.post(apiPaths.magicLink, { email: user.email });
    const first = linkToken(await t.mail.waitFor(mailTo(user.email)), webPaths.magicLink);
    t.mail.clear();
    await agent.post(apiPaths.magicLink, { email: user.email });
    const second = linkToken(await t.mail.waitFor(mailTo(user.email)), webPaths.magicLink);
    expect(second).not.toBe(first);
    expect((await agent.post(apiPaths.magicLinkConsume, { token: first })).statusCode).toBe(400);
    expect((await agent.post(apiPaths.magicLinkConsume, { token: second })).statusCode).toBe(200);
  });

  it('marks API answers as not to be stored', async () => {
    const { agent } = await signInAs(t, 'member');
    expect((await agent.get(apiPaths.session)).headers['cache-control']).toBe('no-store');
  });
});

describe('devices', () => {
  it('lists the account’s sessions and signs one out, but never another user’s', async () => {
    const user = await createUser(t.db);
    const laptop = new Agent(t.app);
    const phone = new Agent(t.app);
    await laptop.request({ method: 'POST', url: apiPaths.login, payload: { email: user.email, password: defaultPassword }, headers: { 'user-agent': 'Laptop browser' } });
    await phone.request({ method: 'POST', url: apiPaths.login, payload: { email: user.email, password: defaultPassword }, headers: { 'user-agent': 'Phone browser' } });
    const list = bodyOf(await laptop.get(apiPaths.accountSessions), ZAccountSessions).items;
    expect(list).toHaveLength(2);
    expect(list.find((s) => s.current)?.userAgent).toBe('Laptop browser');
    const phoneSession = list.find((s) => !s.current);
    expect(phoneSession?.userAgent).toBe('Phone browser');

    const { agent: stranger } = await signInAs(t, 'member');
    const guessed = await stranger.post(apiPaths.accountSessionRevoke(phoneSession?.id ?? ''));
    expect(guessed.statusCode).toBe(404);
    expect((await phone.get(apiPaths.session)).statusCode).toBe(200);

    expect((await laptop.post(apiPaths.accountSessionRevoke(phoneSession?.id ?? ''))).statusCode).toBe(204);
    expect((await phone.get(apiPaths.session)).statusCode).toBe(401);
    expect((await laptop.get(apiPaths.session)).statusCode).toBe(200);
  });
});
