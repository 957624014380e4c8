import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, webPaths, ZStaffPage, ZAuditPage } from '@alumni/shared';
import { auditLog, users } from '../src/db/schema.js';
import { Agent, bodyOf, createUser, errorOf, linkToken, mailTo, sessionOf, signInAs, startTestApp, uniqueEmail, userOf, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const auditFor = async (objectId: string) =>
  t.db.select().from(auditLog).where(eq(auditLog.objectId, objectId)).orderBy(auditLog.id);

describe('staff administration', () => {
  it('invites a recruiter by mail, who accepts and lands in the console with that role', async () => {
    const { agent: admin, user: adminUser } = await signInAs(t, 'admin');
    const email = uniqueEmail('recruiter');
    const res = await admin.post(apiPaths.staffInvitations, { email, role: 'recruiter', language: 'fi' });
    expect(res.statusCode).toBe(202);
    const mail = await t.mail.waitFor(mailTo(email));
    expect(mail.subject).toMatch(/Kutsu ylläpitoon/);
    expect(mail.text).toContain('rekrytoija');
    const token = linkToken(mail, webPaths.acceptInvite);

    const invitee = new Agent(t.app);
    const accepted = await invitee.post(apiPaths.acceptInvite, { token, password: 'recruiter password', firstName: 'Kaisa', lastName: 'Mäkinen' });
    expect(accepted.statusCode).toBe(200);
    expect(sessionOf(accepted).user).toMatchObject({ email, role: 'recruiter', status: 'active', firstName: 'Kaisa' });
    expect((await invitee.post(apiPaths.acceptInvite, { token, password: 'another password', firstName: 'A', lastName: 'B' })).statusCode).toBe(400);

    const list = await admin.get(`${apiPaths.staff}?role=recruiter&q=${encodeURIComponent(email)}`);
    expect(list.statusCode).toBe(200);
    expect(bodyOf(list, ZStaffPage).items.map((u) => u.email)).toEqual([email]);

    const row = (await t.db.select().from(users).where(eq(users.email, email)))[0];
    const entries = await auditFor(row?.id ?? '');
    expect(entries.map((e) => e.action)).toEqual(['staff.invited', 'staff.invite_accepted']);
    expect(entries[0]?.actorId).toBe(adminUser.id);
  });

  it('refuses to invite an address that already has an account, changing nothing', async () => {
    const { agent: admin } = await signInAs(t, 'admin');
    const member = await createUser(t.db);
    const res = await admin.post(apiPaths.staffInvitations, { email: member.email, role: 'hr', language: 'en' });
    expect(res.statusCode).toBe(409);
    expect((await t.db.select().from(users).where(eq(users.id, member.id)))[0]?.role).toBe('member');
  });

  it('changes a role, ending that user’s sessions, and audits it', async () => {
    const { agent: admin } = await signInAs(t, 'admin');
    const { agent: hr, user: hrUser } = await signInAs(t, 'hr');
    const res = await admin.post(apiPaths.userRole(hrUser.id), { role: 'recruiter' });
    expect(res.statusCode).toBe(200);
    expect(userOf(res).role).toBe('recruiter');
    expect((await hr.get(apiPaths.session)).statusCode).toBe(401);
    const entries = await auditFor(hrUser.id);
    expect(entries.at(-1)).toMatchObject({ action: 'user.role_changed', data: { from: 'hr', to: 'recruiter' } });
  });

  it('suspends and reactivates, ending sessions, and keeps the last admin', async () => {
    const { agent: admin, user: adminUser } = await signInAs(t, 'admin');
    const { agent: member, user: memberUser } = await signInAs(t, 'member');
    expect(userOf(await admin.post(apiPaths.userSuspend(memberUser.id))).status).toBe('suspended');
    expect((await member.get(apiPaths.session)).statusCode).toBe(401);
    expect(userOf(await admin.post(apiPaths.userReactivate(memberUser.id))).status).toBe('active');

    const self = await admin.post(apiPaths.userRole(adminUser.id), { role: 'member' });
    expect(self.statusCode).toBe(422);
    expect((await admin.post(apiPaths.userSuspend(adminUser.id))).statusCode).toBe(422);
    expect((await t.db.select().from(users).where(eq(users.id, adminUser.id)))[0]?.role).toBe('admin');
  });

  it('answers 404 for an unknown user id', async () => {
    const { agent: admin } = await signInAs(t, 'admin');
    const res = await admin.post(apiPaths.userSuspend('00000000-0000-4000-8000-000000000000'));
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('not_found');
  });

  it('pages the staff list with a keyset cursor, without repeats', async () => {
    const { agent: admin } = await signInAs(t, 'admin');
    for (let i = 0; i < 5; i++) await createUser(t.db, { role: 'hr', email: uniqueEmail('pager') });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await admin.get(`${apiPaths.staff}?limit=2&q=pager${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = bodyOf(res, ZStaffPage);
      seen.push(...body.items.map((u) => u.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect((await admin.get(`${apiPaths.staff}?cursor=garbage`)).statusCode).toBe(400);
  });

  it('shows the audit log to admins, filtered, and the database refuses to change it', async () => {
    const { agent: admin, user: adminUser } = await signInAs(t, 'admin');
    const { user } = await signInAs(t, 'hr');
    await admin.post(apiPaths.userSuspend(user.id));
    const res = await admin.get(`${apiPaths.audit}?action=user.suspended&objectType=user`);
    expect(res.statusCode).toBe(200);
    const items = bodyOf(res, ZAuditPage).items;
    const suspended = items.find((e) => e.objectId === user.id && e.action === 'user.suspended');
    expect(suspended).toMatchObject({ objectLabel: user.email, actorEmail: adminUser.email });
    const byActor = bodyOf(await admin.get(`${apiPaths.audit}?actor=${encodeURIComponent(adminUser.email.split('@')[0]?.toUpperCase() ?? '')}`), ZAuditPage).items;
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((e) => e.actorEmail === adminUser.email)).toBe(true);
    const refusal = async (statement: Promise<unknown>) => {
      const err = await statement.then(() => undefined, (e: unknown) => e);
      return err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    };
    expect(await refusal(t.db.execute(sql`update audit_log set action = 'x'`))).toMatch(/append-only/);
    expect(await refusal(t.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
  });
});
