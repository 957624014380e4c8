import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, sessionCookieName, webPaths, ZDataExport, ZMemberPage, ZOk } from '@alumni/shared';
import {
  calendarFeeds,
  deliveries,
  eventInvitations,
  eventRsvps,
  events,
  auditLog,
  consents,
  employmentPeriods,
  employmentRecords,
  memberPhotos,
  members,
  membershipClaims,
  oneTimeTokens,
  rateLimits,
  recordImports,
  recordInvitations,
  sessions,
  suppressions,
  users,
  type UserRow,
} from '../src/db/schema.js';
import { cleanup } from '../src/jobs.js';
import { hashToken } from '../src/modules/auth/tokens.js';
import { memberTables } from '../src/modules/privacy/registry.js';
import { Agent, bodyOf, createUser, defaultPassword, errorOf, linkToken, mailTo, signInAs, startTestApp, uniqueEmail, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/**
 * Tables that name a user or hold an address but have no member data, each with the reason. A new
 * table that refers to users or members must go into the export registry or onto this list.
 */
const withoutMemberData: Record<string, string> = {
  // Written only by HR and admins (created_by is a staff account); the rows are HR's CSV files,
  // whose per-person content lives on in employment_records, which the registry covers.
  record_imports: 'staff uploads; members never import',
  // Written by HR (created_by is a staff account); what members do with an event is in event_rsvps.
  events: 'staff-made events; the member side is in event_invitations and event_rsvps',
  segments: 'staff-made audience filters; they name no member',
  // Written by HR; what each member got and did with an issue is in deliveries.
  news_posts: 'staff-written announcements',
  newsletters: 'staff-written issues; the member side is in deliveries',
  jobs: 'staff-written postings; the contact and author are staff',
  settings: 'console settings; updated_by is a staff account',
  org_assets: 'the organisation\'s logo; updated_by is a staff account',
  company_hires: 'the company\'s yearly hire totals; updated_by is a staff account',
  surveys: 'staff-made surveys; the member side is in survey_responses and survey_participants',
};

const sha256 = (s: string) => createHash('sha256').update(s.toLowerCase()).digest('hex');

/** A member with a row in every table that can hold member data. */
async function seedMember(o: { password?: string | null } = {}) {
  const tag = randomBytes(4).toString('hex');
  const email = uniqueEmail(`seed${tag}`);
  const user = await createUser(t.db, { email, firstName: `First${tag}`, lastName: `Last${tag}`, password: o.password, member: { headline: `Headline ${tag}`, city: 'Oulu', skills: ['rust'], mentor: true, directoryVisibility: 'members' } });
  await t.db.insert(memberPhotos).values({ memberId: user.id, content: Buffer.from(`photo-${tag}`), mimeType: 'image/webp', width: 10, height: 10 });
  await t.db.update(members).set({ photoUpdatedAt: new Date() }).where(eq(members.userId, user.id));
  const employeeNumber = `E${tag}`;
  const [record] = await t.db
    .insert(employmentRecords)
    .values({ employeeNumber, firstName: `First${tag}`, lastName: `Last${tag}`, email, department: 'Tuotanto', title: 'Insinööri', startDate: '2010-01-01', endDate: '2015-12-31', memberId: user.id })
    .returning();
  await t.db.insert(employmentPeriods).values({ memberId: user.id, department: 'Tuotanto', title: 'Insinööri', startDate: '2010-01-01', endDate: '2015-12-31', verified: true, recordId: record?.id });
  await t.db.insert(consents).values([
    { memberId: user.id, channel: 'newsletter', granted: true, source: 'signup' },
    { memberId: user.id, channel: 'newsletter', granted: false, source: 'profile' },
  ]);
  await t.db.insert(membershipClaims).values({ memberId: user.id, memberType: 'former_employee', department: 'Tuotanto', title: 'Insinööri', startMonth: '2010-01-01', endMonth: '2015-12-01', status: 'verified', memberNote: `note ${tag}` });
  const inviteToken = `invite-${tag}-${randomBytes(8).toString('hex')}`;
  await t.db.insert(recordInvitations).values({ employeeNumber, email, tokenHash: hashToken(inviteToken), sentAt: new Date(), acceptedAt: new Date(), acceptedBy: user.id });
  const tokenHash = hashToken(`tok-${tag}-${randomBytes(8).toString('hex')}`);
  await t.db.insert(oneTimeTokens).values({ userId: user.id, purpose: 'password_reset', tokenHash, expiresAt: new Date(Date.now() + 3_600_000) });
  await t.db.insert(suppressions).values({ emailHash: sha256(email), email, reason: 'unsubscribed' });
  // An event the member was invited to and answered, with its calendar feed and the invitation mail's delivery.
  const [event] = await t.db
    .insert(events)
    .values({ kind: 'alumni_evening', status: 'published', title: { fi: `Ilta ${tag}`, sv: '', en: '' }, description: { fi: '', sv: '', en: '' }, startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), placeName: 'Sali' })
    .returning();
  if (!event) throw new Error('no event');
  await t.db.insert(eventInvitations).values({ eventId: event.id, memberId: user.id });
  await t.db.insert(eventRsvps).values({ eventId: event.id, memberId: user.id, status: 'going' });
  await t.db.insert(calendarFeeds).values({ memberId: user.id });
  await t.db.insert(deliveries).values({ messageKey: `event:${event.id}:invitation`, kind: 'event_invitation', memberId: user.id, data: { eventId: event.id }, status: 'sent', smtpMessageId: `<${tag}@test>`, lastError: `451 try later <${email}>` });
  // Limits counted per member (claims, photos, searches) are keyed by the user id.
  await t.db.insert(rateLimits).values({ key: `claimUser:${user.id}`, windowStart: new Date(), count: 1 });
  const agent = new Agent(t.app);
  if (o.password !== null) expect((await agent.post(apiPaths.login, { email, password: defaultPassword })).statusCode).toBe(200);
  return { user: (await t.db.select().from(users).where(eq(users.id, user.id)))[0] ?? user, agent, tag, email, employeeNumber, tokenHash };
}

/** Every row the registry finds about a subject, by table. */
async function rowsAbout(userId: string, email: string) {
  const out: Record<string, Array<Record<string, unknown>>> = {};
  for (const [name, table] of Object.entries(memberTables)) {
    out[name] = (await t.db.execute<{ row: Record<string, unknown> }>(table.rows({ userId, email }))).rows.map((r) => r.row);
  }
  return out;
}

describe('data export', () => {
  it('covers every table that refers to users or members or holds an address', async () => {
    const found = await t.db.execute<{ table_name: string }>(sql`
      select distinct con.conrelid::regclass::text as table_name
      from pg_constraint con
      where con.contype = 'f' and con.confrelid in ('public.users'::regclass, 'public.members'::regclass)
      union
      select table_name::text from information_schema.columns
      where table_schema = 'public' and column_name = 'email'`);
    const tables = found.rows.map((r) => r.table_name.replace(/^public\./, '').replace(/"/g, ''));
    // The catalog query finds at least the tables this issue knows of, so it cannot pass by finding nothing.
    expect(tables).toEqual(expect.arrayContaining(['users', 'members', 'sessions', 'consents', 'member_photos', 'record_invitations', 'record_imports']));
    const unaccounted = tables.filter((name) => !(name in memberTables) && !(name in withoutMemberData));
    expect(unaccounted).toEqual([]);
    // An exclusion must not hide a table the export covers, nor name one that does not exist.
    for (const name of Object.keys(withoutMemberData)) {
      expect(memberTables).not.toHaveProperty(name);
      expect(tables).toContain(name);
    }
  });

  it('gives the member every row about them, and nothing about anyone else, without secrets', async () => {
    const me = await seedMember();
    const other = await seedMember();
    const { agent: hr, user: hrUser } = await signInAs(t, 'hr');
    expect((await hr.get(apiPaths.adminMember(me.user.id))).statusCode).toBe(200);
    expect((await hr.get(apiPaths.adminMember(other.user.id))).statusCode).toBe(200);

    const res = await me.agent.get(apiPaths.accountExport);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="alumni-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const data = bodyOf(res, ZDataExport);
    expect(data.userId).toBe(me.user.id);
    expect(Object.keys(data.tables).sort()).toEqual(Object.keys(memberTables).sort());
    const tables = data.tables;
    const one = (name: string) => {
      const rows = tables[name] ?? [];
      expect(rows, name).toHaveLength(1);
      return rows[0] ?? {};
    };

    expect(one('users')).toMatchObject({ id: me.user.id, email: me.email, first_name: `First${me.tag}` });
    expect(one('users').password_hash).toMatch(/^withheld/);
    expect(one('members')).toMatchObject({ user_id: me.user.id, headline: `Headline ${me.tag}`, city: 'Oulu', mentor: true });
    expect(Buffer.from(String(one('member_photos').content_base64), 'base64').toString()).toBe(`photo-${me.tag}`);
    expect(one('employment_periods')).toMatchObject({ department: 'Tuotanto', verified: true });
    expect(tables.consents?.map((c) => c.granted)).toEqual([true, false]);
    expect(one('membership_claims')).toMatchObject({ member_note: `note ${me.tag}` });
    expect(one('employment_records')).toMatchObject({ employee_number: me.employeeNumber, member_id: me.user.id });
    expect(one('record_invitations')).toMatchObject({ employee_number: me.employeeNumber, email: me.email });
    expect(one('record_invitations').token_hash).toMatch(/^withheld/);
    expect(tables.sessions?.length).toBeGreaterThanOrEqual(1);
    expect(tables.one_time_tokens?.map((r) => [r.purpose, r.token_hash])).toEqual([['password_reset', expect.stringMatching(/^withheld/)]]);
    expect(one('suppressions')).toMatchObject({ email: me.email, reason: 'unsubscribed' });
    expect(tables.audit_log?.map((a) => [a.action, a.actor_id])).toEqual([['member.viewed', hrUser.id]]);
    expect(tables.rate_limits?.map((r) => r.key)).toEqual([`claimUser:${me.user.id}`, `loginEmail:${me.email}`]);
    expect(one('event_invitations')).toMatchObject({ member_id: me.user.id });
    expect(one('event_rsvps')).toMatchObject({ member_id: me.user.id, status: 'going' });
    expect(one('calendar_feeds')).toMatchObject({ member_id: me.user.id, version: 1 });
    expect(one('deliveries')).toMatchObject({ member_id: me.user.id, kind: 'event_invitation', status: 'sent' });

    const text = res.body;
    for (const foreign of [other.user.id, other.email, other.tag]) expect(text).not.toContain(foreign);
    expect(text).not.toContain(me.user.passwordHash ?? 'no hash');
    expect(text).not.toContain(me.tokenHash);
    expect(text).not.toContain('$argon2');
  });

  it('is for members only', async () => {
    const { agent } = await signInAs(t, 'hr');
    expect((await agent.get(apiPaths.accountExport)).statusCode).toBe(403);
    expect((await new Agent(t.app).get(apiPaths.accountExport)).statusCode).toBe(401);
  });
});

/** Asserts that nothing personal is left about the erased member, and what anonymous data stays. */
async function expectErased(user: UserRow, email: string) {
  const left = await rowsAbout(user.id, email);
  const [shell] = left.users ?? [];
  expect(shell).toMatchObject({
    id: user.id,
    email: `erased-${user.id}@erased.invalid`,
    first_name: null,
    last_name: null,
    password_hash: null,
    status: 'erased',
    language: user.language,
    last_login_at: null,
  });
  const [profile] = left.members ?? [];
  expect(profile).toMatchObject({
    user_id: user.id,
    member_type: 'former_employee',
    verification_status: 'verified',
    headline: null,
    current_employer: null,
    current_title: null,
    city: null,
    country: null,
    linkedin_url: null,
    bio: null,
    skills: [],
    return_modes: [],
    open_to_return: false,
    mentor: false,
    speaker: false,
    directory_visibility: 'hidden',
    photo_updated_at: null,
    search_name: '',
    departments: [],
  });
  // The search trigger joins empty parts with spaces; nothing searchable is left.
  expect(String(profile?.search_text).trim()).toBe('');
  expect(profile?.joined_at).toBeTruthy();
  for (const name of ['member_photos', 'employment_periods', 'consents', 'membership_claims', 'record_invitations', 'sessions', 'one_time_tokens', 'rate_limits', 'event_invitations', 'event_rsvps', 'calendar_feeds']) {
    expect(left[name], name).toEqual([]);
  }
  // The ledger keeps that a mail went, for the counts, but nothing a relay said about the address.
  expect(left.deliveries).toEqual([expect.objectContaining({ status: 'sent', last_error: null, smtp_message_id: null, data: {} })]);
  // HR's own record of the employment stays, no longer linked to the account.
  expect((left.employment_records ?? []).every((r) => r.member_id === null)).toBe(true);
  expect(left.suppressions).toEqual([expect.objectContaining({ email_hash: sha256(email), email: null })]);
  const anywhere = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from users where lower(email) = lower(${email})`);
  expect(anywhere.rows[0]?.n).toBe(0);
  // The address cannot sign in any more.
  const login = await new Agent(t.app).post(apiPaths.login, { email, password: defaultPassword });
  expect(login.statusCode).toBe(401);
}

describe('erasure', () => {
  it('by password: a wrong one changes nothing; the right one erases, signs out and mails the old address', async () => {
    const me = await seedMember();
    const wrong = await me.agent.post(apiPaths.accountErase, { password: 'not my password' });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details).toEqual([expect.objectContaining({ path: 'password', code: 'wrong_password' })]);
    expect((await t.db.select().from(users).where(eq(users.id, me.user.id)))[0]).toMatchObject({ status: 'active', email: me.email });
    expect(await t.db.select().from(consents).where(eq(consents.memberId, me.user.id))).toHaveLength(2);
    expect((await me.agent.get(apiPaths.session)).statusCode).toBe(200);
    expect((await me.agent.post(apiPaths.accountErase, {})).statusCode).toBe(400);
    // A member with a password confirms with it, not with a mailed code.
    expect((await me.agent.post(apiPaths.accountEraseRequest)).statusCode).toBe(422);

    const res = await me.agent.post(apiPaths.accountErase, { password: defaultPassword });
    expect(res.statusCode).toBe(200);
    expect(bodyOf(res, ZOk)).toEqual({ ok: true });
    const cleared = res.cookies.find((c) => c.name === sessionCookieName);
    expect(cleared?.value).toBe('');
    expect((await me.agent.get(apiPaths.session)).statusCode).toBe(401);

    await expectErased(me.user, me.email);
    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, me.user.id), eq(auditLog.action, 'member.self_erased')));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorId).toBe(me.user.id);
    expect(entries[0]?.ip).toBeNull();
    const mail = await t.mail.waitFor(mailTo(me.email, /account was erased/));
    expect(mail.text).toContain('last message');
  });

  it('by a mailed code for a member without a password; a sign-in link does not do it', async () => {
    const me = await seedMember({ password: null });
    const agent = new Agent(t.app);
    expect((await agent.post(apiPaths.magicLink, { email: me.email })).statusCode).toBe(202);
    const signIn = await t.mail.waitFor(mailTo(me.email, /sign-in link/));
    expect((await agent.post(apiPaths.magicLinkConsume, { token: linkToken(signIn, webPaths.magicLink) })).statusCode).toBe(200);

    expect(errorOf(await agent.post(apiPaths.accountErase, { password: 'anything' })).details?.[0]?.code).toBe('no_password');
    // A fresh sign-in link is a token of the same kind, but not one that erases.
    await agent.post(apiPaths.magicLink, { email: me.email });
    const second = await t.mail.waitFor((m) => m.to.includes(me.email) && /sign-in link/.test(m.subject) && m.id !== signIn.id);
    const [open] = await t.db.select().from(oneTimeTokens).where(and(eq(oneTimeTokens.userId, me.user.id), sql`${oneTimeTokens.usedAt} is null`, eq(oneTimeTokens.purpose, 'magic_link')));
    expect(open?.data).toEqual({});
    const signInToken = linkToken(second, webPaths.magicLink);
    const refused = await agent.post(apiPaths.accountErase, { token: signInToken });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).code).toBe('invalid_token');
    expect((await t.db.select().from(users).where(eq(users.id, me.user.id)))[0]?.status).toBe('active');

    expect((await agent.post(apiPaths.accountEraseRequest)).statusCode).toBe(202);
    const code = await t.mail.waitFor(mailTo(me.email, /Confirm erasing your account/));
    const token = linkToken(code, webPaths.confirmErase);
    const res = await agent.post(apiPaths.accountErase, { token });
    expect(res.statusCode).toBe(200);
    expect((await agent.get(apiPaths.session)).statusCode).toBe(401);
    await expectErased(me.user, me.email);
    await t.mail.waitFor(mailTo(me.email, /account was erased/));
    // The code works once.
    expect((await new Agent(t.app).post(apiPaths.magicLinkConsume, { token })).statusCode).toBe(400);
  });

  it('by staff on the member’s request, with the reason in the audit log', async () => {
    const me = await seedMember();
    const { agent: hr, user: hrUser } = await signInAs(t, 'hr');
    expect((await hr.post(apiPaths.adminMemberErase(me.user.id), {})).statusCode).toBe(400);
    expect((await hr.post(apiPaths.adminMemberErase(me.user.id), { reason: ' ' })).statusCode).toBe(400);
    expect((await t.db.select().from(users).where(eq(users.id, me.user.id)))[0]?.status).toBe('active');

    const res = await hr.post(apiPaths.adminMemberErase(me.user.id), { reason: 'Request by mail of 2026-11-20' });
    expect(res.statusCode).toBe(200);
    expect((await me.agent.get(apiPaths.session)).statusCode).toBe(401);
    await expectErased(me.user, me.email);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, me.user.id), eq(auditLog.action, 'member.erased')));
    expect(entry).toMatchObject({ actorId: hrUser.id, data: { reason: 'Request by mail of 2026-11-20' } });
    await t.mail.waitFor(mailTo(me.email, /account was erased/));

    // The console no longer shows the person, only the anonymous shell when erased accounts are asked for.
    expect((await hr.get(apiPaths.adminMember(me.user.id))).statusCode).toBe(404);
    expect((await hr.post(apiPaths.adminMemberErase(me.user.id), { reason: 'again' })).statusCode).toBe(404);
    const list = bodyOf(await hr.get(`${apiPaths.adminMembers}?status=erased&limit=100`), ZMemberPage).items;
    expect(list.find((i) => i.id === me.user.id)).toMatchObject({ email: `erased-${me.user.id}@erased.invalid`, firstName: null, memberType: 'former_employee' });
    // The member count still counts the erased member as a member of their type.
    const counted = await t.db.select({ n: sql<number>`count(*)::int` }).from(members).where(eq(members.userId, me.user.id));
    expect(counted[0]?.n).toBe(1);
  });
});

describe('retention', () => {
  it('purges stale unconfirmed signups, expired tokens and invitation links, forgotten CSV previews, and leftovers of erased members; keeps the rest', async () => {
    const stale = await createUser(t.db, { status: 'pending' });
    const fresh = await createUser(t.db, { status: 'pending' });
    const confirmed = await createUser(t.db);
    await t.db.execute(sql`update users set created_at = now() - interval '31 days' where id in (${stale.id}, ${confirmed.id})`);
    const day = 86_400_000;
    await t.db.insert(oneTimeTokens).values([
      { userId: confirmed.id, purpose: 'magic_link', tokenHash: 'retention-expired', expiresAt: new Date(Date.now() - 8 * day) },
      { userId: confirmed.id, purpose: 'magic_link', tokenHash: 'retention-live', expiresAt: new Date(Date.now() + 600_000) },
    ]);
    await t.db.insert(recordInvitations).values([
      { employeeNumber: 'RET-OLD', email: uniqueEmail('old'), tokenHash: 'retention-invite-old', expiresAt: new Date(Date.now() - 8 * day) },
      { employeeNumber: 'RET-NEW', email: uniqueEmail('new'), tokenHash: 'retention-invite-new', expiresAt: new Date(Date.now() + 6 * day) },
    ]);
    const erased = await createUser(t.db, { status: 'erased' });
    await t.db.insert(membershipClaims).values({ memberId: erased.id, memberType: 'intern', department: 'X', title: 'Y', startMonth: '2020-01-01', endMonth: '2020-06-01' });
    await t.db.insert(consents).values({ memberId: erased.id, channel: 'tracking', granted: true, source: 'profile' });
    await t.db.insert(membershipClaims).values({ memberId: confirmed.id, memberType: 'intern', department: 'X', title: 'Y', startMonth: '2020-01-01', endMonth: '2020-06-01' });
    await t.db.insert(rateLimits).values({ key: 'retention-window', windowStart: new Date(), count: 1 });
    const [oldPreview, newPreview] = await t.db
      .insert(recordImports)
      .values([
        { fileName: 'old.csv', rows: [{ employeeNumber: 'RET-1' }], createdAt: new Date(Date.now() - 8 * day) },
        { fileName: 'new.csv', rows: [{ employeeNumber: 'RET-2' }] },
      ])
      .returning();

    await cleanup(t.db);

    const previews = await t.db.select().from(recordImports).where(inArray(recordImports.id, [oldPreview?.id ?? '', newPreview?.id ?? ''])).orderBy(recordImports.fileName);
    expect(previews.map((p) => [p.fileName, p.status, p.rows.length])).toEqual([
      ['new.csv', 'previewed', 1],
      ['old.csv', 'discarded', 0],
    ]);

    const ids = (await t.db.select({ id: users.id }).from(users).where(inArray(users.id, [stale.id, fresh.id, confirmed.id, erased.id]))).map((u) => u.id);
    expect(new Set(ids)).toEqual(new Set([fresh.id, confirmed.id, erased.id]));
    const hashes = (await t.db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, confirmed.id))).map((r) => r.tokenHash);
    expect(hashes).toEqual(['retention-live']);
    const invites = await t.db.select().from(recordInvitations).where(inArray(recordInvitations.employeeNumber, ['RET-OLD', 'RET-NEW'])).orderBy(recordInvitations.employeeNumber);
    expect(invites.map((i) => [i.employeeNumber, i.tokenHash])).toEqual([
      ['RET-NEW', 'retention-invite-new'],
      ['RET-OLD', null],
    ]);
    expect(await t.db.select().from(membershipClaims).where(eq(membershipClaims.memberId, erased.id))).toHaveLength(0);
    expect(await t.db.select().from(consents).where(eq(consents.memberId, erased.id))).toHaveLength(0);
    expect(await t.db.select().from(membershipClaims).where(eq(membershipClaims.memberId, confirmed.id))).toHaveLength(1);
    expect(await t.db.select().from(rateLimits).where(eq(rateLimits.key, 'retention-window'))).toHaveLength(1);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, fresh.id))).toHaveLength(0);
  });
});
