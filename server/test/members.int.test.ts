import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, ZMemberDetail, ZMemberPage, type MemberListQuery } from '@alumni/shared';
import { auditLog, consents, employmentPeriods, employmentRecords, members, membershipClaims, recordInvitations, sessions, users, type UserRow } from '../src/db/schema.js';
import { bodyOf, createUser, errorOf, signInAs, startTestApp, type Agent, type TestApp, type UserOverrides } from './helpers.js';

let t: TestApp;
let hr: Agent;
let hrId: string;
beforeAll(async () => {
  t = await startTestApp();
  const signedIn = await signInAs(t, 'hr');
  hr = signedIn.agent;
  hrId = signedIn.user.id;
});
afterAll(async () => {
  await t.close();
});

/** A word no other test's members carry, so a search for it scopes a test to its own rows. */
const marker = () => `Zq${randomBytes(5).toString('hex')}`;

const member = (tag: string, o: UserOverrides = {}) => createUser(t.db, { lastName: tag, ...o });

const query = (q: MemberListQuery) =>
  new URLSearchParams(Object.entries(q).flatMap(([k, v]): Array<[string, string]> => (v === undefined ? [] : [[k, String(v)]]))).toString();

async function listIds(q: MemberListQuery): Promise<string[]> {
  const res = await hr.get(`${apiPaths.adminMembers}?${query(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return bodyOf(res, ZMemberPage).items.map((i) => i.id);
}

const auditFor = (objectId: string, action: string) =>
  t.db.select().from(auditLog).where(and(eq(auditLog.objectId, objectId), eq(auditLog.action, action))).orderBy(auditLog.id);

describe('member list', () => {
  it('filters by status, member type, department, verification and joined days in Helsinki time', async () => {
    const tag = marker();
    const plain = await member(tag, { member: { joinedAt: new Date('2024-03-01T00:30:00+02:00') } });
    const suspended = await member(tag, { status: 'suspended', member: { joinedAt: new Date('2024-02-29T23:30:00+02:00') } });
    const erased = await member(tag, { status: 'erased' });
    const intern = await member(tag, { member: { memberType: 'intern' } });
    const pending = await member(tag, { verification: 'pending' });
    const staff = await createUser(t.db, { role: 'hr', lastName: tag });
    await t.db.insert(employmentPeriods).values({ memberId: intern.id, department: 'Logistiikka', title: 'Harjoittelija', startDate: '2019-06-01', endDate: '2019-08-31' });

    // Staff and erased accounts are not in the member list unless erased ones are asked for.
    expect(new Set(await listIds({ q: tag }))).toEqual(new Set([plain.id, suspended.id, intern.id, pending.id]));
    expect(await listIds({ q: tag })).not.toContain(staff.id);
    expect(await listIds({ q: tag, status: 'erased' })).toEqual([erased.id]);
    expect(await listIds({ q: tag, status: 'suspended' })).toEqual([suspended.id]);
    expect(await listIds({ q: tag, memberType: 'intern' })).toEqual([intern.id]);
    expect(await listIds({ q: tag, department: 'Logistiikka' })).toEqual([intern.id]);
    expect(await listIds({ q: tag, department: 'Myynti' })).toEqual([]);
    expect(await listIds({ q: tag, verification: 'pending' })).toEqual([pending.id]);
    // 00:30 on 1 March in Helsinki is still 29 February in UTC: it counts as 1 March.
    expect(await listIds({ q: tag, joinedFrom: '2024-03-01', joinedTo: '2024-03-01' })).toEqual([plain.id]);
    expect(await listIds({ q: tag, joinedFrom: '2024-02-29', joinedTo: '2024-02-29' })).toEqual([suspended.id]);
    expect(new Set(await listIds({ q: tag, joinedFrom: '2024-02-01', joinedTo: '2024-03-31' }))).toEqual(new Set([plain.id, suspended.id]));

    const backwards = await hr.get(`${apiPaths.adminMembers}?${query({ q: tag, joinedFrom: '2024-03-02', joinedTo: '2024-03-01' })}`);
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).details?.[0]?.path).toBe('joinedTo');
    expect((await hr.get(`${apiPaths.adminMembers}?joinedFrom=2024-02-30`)).statusCode).toBe(400);
    expect((await hr.get(`${apiPaths.adminMembers}?status=gone`)).statusCode).toBe(400);
  });

  it('filters by the consent in force: the latest row per channel, a withdrawal counting as no consent', async () => {
    const tag = marker();
    const granted = await member(tag);
    const withdrawn = await member(tag);
    const regranted = await member(tag);
    const never = await member(tag);
    const otherChannel = await member(tag);
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await t.db.insert(consents).values([
      { memberId: granted.id, channel: 'newsletter', granted: true, source: 'signup', createdAt: at(30) },
      { memberId: withdrawn.id, channel: 'newsletter', granted: true, source: 'signup', createdAt: at(30) },
      { memberId: withdrawn.id, channel: 'newsletter', granted: false, source: 'profile', createdAt: at(10) },
      { memberId: regranted.id, channel: 'newsletter', granted: false, source: 'signup', createdAt: at(30) },
      { memberId: regranted.id, channel: 'newsletter', granted: true, source: 'preferences', createdAt: at(5) },
      { memberId: otherChannel.id, channel: 'job_alerts', granted: true, source: 'profile', createdAt: at(5) },
    ]);
    expect(new Set(await listIds({ q: tag, consent: 'newsletter' }))).toEqual(new Set([granted.id, regranted.id]));
    expect(await listIds({ q: tag, consent: 'job_alerts' })).toEqual([otherChannel.id]);
    expect(await listIds({ q: tag, consent: 'tracking' })).toEqual([]);
    expect(await listIds({ q: tag })).toContain(never.id);
  });

  it('searches folded names and addresses, every word counting', async () => {
    const tag = marker();
    const asa = await member(tag, { firstName: 'Åsa', lastName: `Sjöberg ${tag}` });
    const other = await member(tag, { firstName: 'Matti', email: `matti.${tag.toLowerCase()}@example.fi` });
    expect(await listIds({ q: `asa sjoberg ${tag}` })).toEqual([asa.id]);
    expect(await listIds({ q: `SJÖBERG ${tag}` })).toEqual([asa.id]);
    expect(await listIds({ q: `matti.${tag}@EXAMPLE` })).toEqual([other.id]);
    expect(await listIds({ q: `${tag} nobody` })).toEqual([]);
    // Wildcards typed into the box are plain characters.
    expect(await listIds({ q: `${tag} %` })).toEqual([]);
  });

  it('pages newest joined first with a keyset cursor, every member exactly once, ties included', async () => {
    const tag = marker();
    const same = new Date('2025-05-05T12:00:00.123Z');
    const made: UserRow[] = [];
    for (let i = 0; i < 7; i++) made.push(await member(tag, { member: { joinedAt: i < 4 ? same : new Date(Date.UTC(2025, 0, 1 + i)) } }));
    // Two rows apart by microseconds only, which a JavaScript Date cannot hold: a cursor rounded to
    // milliseconds would skip or repeat rows here. The other two keep an exact tie.
    const shift = async (i: number, micros: number) =>
      t.db.execute(sql`update members set joined_at = joined_at + make_interval(secs => ${micros / 1e6}) where user_id = ${made[i]?.id ?? ''}`);
    await shift(1, 300);
    await shift(2, 100);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await hr.get(`${apiPaths.adminMembers}?${query({ q: tag, limit: 2, ...(cursor ? { cursor } : {}) })}`);
      expect(res.statusCode).toBe(200);
      const body = bodyOf(res, ZMemberPage);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(made.map((m) => m.id)));
    const joined = await t.db
      .select({ id: members.userId, at: sql<string>`(extract(epoch from ${members.joinedAt}) * 1000000)::bigint::text` })
      .from(members)
      .where(inArray(members.userId, made.map((m) => m.id)));
    const expected = [...joined].sort((a, b) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : BigInt(a.at) < BigInt(b.at) ? 1 : -1)).map((r) => r.id);
    expect(seen).toEqual(expected);

    for (const bad of ['garbage', Buffer.from('["1","x"]').toString('base64url'), Buffer.from('["9999999999999999999","00000000-0000-4000-8000-000000000000"]').toString('base64url')]) {
      const res = await hr.get(`${apiPaths.adminMembers}?cursor=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).code).toBe('validation_failed');
    }
    expect((await hr.get(`${apiPaths.adminMembers}?limit=101`)).statusCode).toBe(400);
  });
});

describe('CSV export', () => {
  it('streams the filtered members as a safe, BOM-marked CSV and audits the export', async () => {
    const tag = marker();
    const evil = await member(tag, { firstName: '=HYPERLINK("http://evil.example","click")', member: { city: 'Espoo' } });
    const sum = await member(tag, { firstName: '+SUM(1;2)', member: { city: '@Vantaa' } });
    const quoted = await member(tag, { firstName: 'Anna "Annie"', verification: 'pending' });
    await t.db.insert(employmentPeriods).values({ memberId: sum.id, department: 'Talous', title: 'Analyytikko', startDate: '2015-01-01', endDate: '2018-12-31' });

    const res = await hr.get(`${apiPaths.adminMembersExport}?${query({ q: tag })}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="members-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('"Id";"Email";"First name";"Last name";"Status";"Member type";"Verification";"Departments";"City";"Country";"Joined";"Last sign-in"');
    expect(lines).toHaveLength(4);
    const line = (id: string) => lines.find((l) => l.startsWith(`"${id}"`)) ?? '';
    expect(line(evil.id)).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(line(sum.id)).toContain(`"'+SUM(1;2)"`);
    expect(line(sum.id)).toContain(`"'@Vantaa"`);
    expect(line(sum.id)).toContain('"Talous"');
    expect(line(quoted.id)).toContain('"Anna ""Annie"""');
    expect(line(quoted.id)).toContain('"pending"');
    expect(line(evil.id)).toMatch(/"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"/);
    // No cell starts with a formula character unless defused.
    for (const l of lines) for (const cell of l.split('";"')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);

    const entries = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'members.exported'), eq(auditLog.actorId, hrId)));
    expect(entries.at(-1)?.data).toEqual({ filters: { q: tag }, rows: 3 });

    const filtered = await hr.get(`${apiPaths.adminMembersExport}?${query({ q: tag, verification: 'pending' })}`);
    expect(filtered.body.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, 'members.exported'))).at(-1)?.data).toEqual({
      filters: { q: tag, verification: 'pending' },
      rows: 1,
    });
  });

  it('writes the header in the exporting staff member’s language and streams past one batch', async () => {
    const tag = marker();
    const { agent } = await signInAs(t, { role: 'admin', language: 'fi' });
    const rows = Array.from({ length: 2_050 }, (_, i) => ({ email: `bulk.${tag.toLowerCase()}.${i}@test.example`, role: 'member' as const, status: 'active' as const, lastName: tag }));
    const inserted = await t.db.insert(users).values(rows).returning({ id: users.id });
    await t.db.insert(members).values(inserted.map((u) => ({ userId: u.id })));
    const res = await agent.get(`${apiPaths.adminMembersExport}?${query({ q: tag })}`);
    expect(res.statusCode).toBe(200);
    const lines = res.body.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]?.startsWith('"Tunniste";"Sähköposti"')).toBe(true);
    expect(lines).toHaveLength(2_051);
    expect(new Set(lines.slice(1).map((l) => l.split(';')[0])).size).toBe(2_050);
  });

  it('refuses bad filters with a 400 and audits nothing', async () => {
    const before = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'members.exported'))).length;
    const res = await hr.get(`${apiPaths.adminMembersExport}?memberType=alien`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('validation_failed');
    expect((await hr.get(`${apiPaths.adminMembersExport}?limit=5`)).statusCode).toBe(400);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, 'members.exported'))).length).toBe(before);
  });
});

describe('member detail', () => {
  it('shows profile, claims newest first, consent history, invitations and records, and audits every read', async () => {
    const m = await member(marker(), { firstName: 'Liisa', member: { headline: 'Data lead', skills: ['sql'] } });
    await t.db.insert(employmentPeriods).values({ memberId: m.id, department: 'IT', title: 'Developer', startDate: '2012-01-01', endDate: '2020-06-30', verified: true });
    await t.db.insert(membershipClaims).values([
      { memberId: m.id, memberType: 'former_employee', department: 'IT', title: 'Dev', startMonth: '2012-01-01', endMonth: '2020-06-01', status: 'rejected', createdAt: new Date('2025-01-01T10:00:00Z') },
      { memberId: m.id, memberType: 'former_employee', department: 'IT', title: 'Developer', startMonth: '2012-01-01', endMonth: '2020-06-01', status: 'verified', createdAt: new Date('2025-02-01T10:00:00Z') },
    ]);
    await t.db.insert(consents).values([
      { memberId: m.id, channel: 'newsletter', granted: true, source: 'signup', createdAt: new Date('2025-01-01T10:00:00Z') },
      { memberId: m.id, channel: 'newsletter', granted: false, source: 'profile', createdAt: new Date('2025-03-01T10:00:00Z') },
    ]);
    const employeeNumber = `E-${marker()}`;
    const [record] = await t.db
      .insert(employmentRecords)
      .values({ employeeNumber, firstName: 'Liisa', lastName: 'User', email: m.email, department: 'IT', title: 'Developer', startDate: '2012-01-01', endDate: '2020-06-30', memberId: m.id })
      .returning();
    const sentAt = new Date('2025-01-15T08:00:00Z');
    await t.db.insert(recordInvitations).values({ employeeNumber, email: m.email, sentAt });

    const res = await hr.get(apiPaths.adminMember(m.id));
    expect(res.statusCode).toBe(200);
    const detail = bodyOf(res, ZMemberDetail);
    expect(detail.profile).toMatchObject({ id: m.id, email: m.email, firstName: 'Liisa', headline: 'Data lead', skills: ['sql'], verificationStatus: 'verified' });
    expect(detail.profile.employment).toMatchObject([{ department: 'IT', verified: true, startDate: '2012-01-01' }]);
    expect(detail.profile.consents.find((c) => c.channel === 'newsletter')).toMatchObject({ granted: false });
    expect(detail.status).toBe('active');
    expect(detail.claims.map((c) => [c.status, c.startMonth, c.endMonth])).toEqual([
      ['verified', '2012-01', '2020-06'],
      ['rejected', '2012-01', '2020-06'],
    ]);
    expect(detail.consentHistory.map((c) => [c.granted, c.source])).toEqual([
      [false, 'profile'],
      [true, 'signup'],
    ]);
    expect(detail.invitations).toEqual([expect.objectContaining({ employeeNumber, email: m.email, sentAt: sentAt.toISOString(), acceptedAt: null })]);
    expect(detail.records).toEqual([expect.objectContaining({ id: record?.id, memberId: m.id, invitedAt: sentAt.toISOString() })]);

    await hr.get(apiPaths.adminMember(m.id));
    const views = await auditFor(m.id, 'member.viewed');
    expect(views).toHaveLength(2);
    expect(views.every((v) => v.actorId === hrId)).toBe(true);
  });

  it('answers 404 for unknown, staff and erased ids, on every member route', async () => {
    const staff = await createUser(t.db, { role: 'admin' });
    const recruiter = await createUser(t.db, { role: 'recruiter' });
    const erased = await member(marker(), { status: 'erased' });
    for (const id of ['00000000-0000-4000-8000-000000000000', staff.id, recruiter.id, erased.id]) {
      for (const res of [
        await hr.get(apiPaths.adminMember(id)),
        await hr.patch(apiPaths.adminMember(id), { headline: 'x' }),
        await hr.post(apiPaths.adminMemberSuspend(id)),
        await hr.post(apiPaths.adminMemberReactivate(id)),
        await hr.post(apiPaths.adminMemberErase(id), { reason: 'asked by mail' }),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(errorOf(res).code).toBe('not_found');
      }
    }
    // The staff accounts were left as they were.
    const after = await t.db.select().from(users).where(inArray(users.id, [staff.id, recruiter.id]));
    expect(after.map((u) => u.status)).toEqual(['active', 'active']);
    expect(await auditFor(staff.id, 'member.viewed')).toHaveLength(0);
    expect((await hr.get(apiPaths.adminMember('not-a-uuid'))).statusCode).toBe(400);
  });

  it('refuses members and recruiters', async () => {
    const target = await member(marker());
    for (const role of ['member', 'recruiter'] as const) {
      const { agent } = await signInAs(t, role);
      for (const res of [
        await agent.get(apiPaths.adminMembers),
        await agent.get(apiPaths.adminMembersExport),
        await agent.get(apiPaths.adminMember(target.id)),
        await agent.patch(apiPaths.adminMember(target.id), { headline: 'x' }),
        await agent.post(apiPaths.adminMemberSuspend(target.id)),
      ]) {
        expect(res.statusCode).toBe(403);
      }
    }
    expect((await t.db.select().from(users).where(eq(users.id, target.id)))[0]?.status).toBe('active');
    expect(await auditFor(target.id, 'member.viewed')).toHaveLength(0);
  });
});

describe('member edits', () => {
  it('edits the profile and audits the changed field names, not their values', async () => {
    const m = await member(marker(), { member: { city: 'Turku' } });
    const res = await hr.patch(apiPaths.adminMember(m.id), {
      firstName: 'Kaarina',
      city: 'Turku',
      headline: 'Secret headline',
      skills: ['SQL', 'sql', 'Python'],
      directoryVisibility: 'staff',
    });
    expect(res.statusCode).toBe(200);
    const detail = bodyOf(res, ZMemberDetail);
    expect(detail.profile).toMatchObject({ firstName: 'Kaarina', city: 'Turku', headline: 'Secret headline', skills: ['SQL', 'Python'], directoryVisibility: 'staff' });
    const entries = await auditFor(m.id, 'member.updated');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.actorId).toBe(hrId);
    expect(entries[0]?.data).toEqual({ fields: ['directoryVisibility', 'firstName', 'headline', 'skills'] });
    expect(JSON.stringify(entries[0]?.data)).not.toContain('Secret');
    // The search columns follow the change of name.
    expect((await t.db.select({ n: members.searchName }).from(members).where(eq(members.userId, m.id)))[0]?.n).toMatch(/^kaarina /);

    // The same values again change nothing and add no entry.
    expect((await hr.patch(apiPaths.adminMember(m.id), { city: 'Turku' })).statusCode).toBe(200);
    expect(await auditFor(m.id, 'member.updated')).toHaveLength(1);
  });

  it('refuses bad input per field and changes nothing', async () => {
    const m = await member(marker(), { member: { headline: 'Before' } });
    const res = await hr.patch(apiPaths.adminMember(m.id), { headline: 'x'.repeat(161), linkedinUrl: 'http://evil.example', country: 'Finland', mentor: 'yes' });
    expect(res.statusCode).toBe(400);
    const paths = (errorOf(res).details ?? []).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['headline', 'linkedinUrl', 'country', 'mentor']));
    expect((await hr.patch(apiPaths.adminMember(m.id), {})).statusCode).toBe(400);
    expect((await hr.patch(apiPaths.adminMember(m.id), { email: 'new@x.example' })).statusCode).toBe(400);
    expect((await t.db.select().from(members).where(eq(members.userId, m.id)))[0]?.headline).toBe('Before');
    expect(await auditFor(m.id, 'member.updated')).toHaveLength(0);
  });

  it('suspends a member, ending their sessions, and reactivates them', async () => {
    const { agent, user } = await signInAs(t, { role: 'member', lastName: marker() });
    expect((await agent.get(apiPaths.session)).statusCode).toBe(200);
    const res = await hr.post(apiPaths.adminMemberSuspend(user.id));
    expect(res.statusCode).toBe(200);
    expect(bodyOf(res, ZMemberDetail).status).toBe('suspended');
    expect((await agent.get(apiPaths.session)).statusCode).toBe(401);
    const live = await t.db.select().from(sessions).where(and(eq(sessions.userId, user.id), sql`${sessions.revokedAt} is null`));
    expect(live).toHaveLength(0);
    expect(await auditFor(user.id, 'user.suspended')).toHaveLength(1);

    const back = await hr.post(apiPaths.adminMemberReactivate(user.id));
    expect(bodyOf(back, ZMemberDetail).status).toBe('active');
    expect(await auditFor(user.id, 'user.reactivated')).toHaveLength(1);
    // Suspending twice is harmless.
    await hr.post(apiPaths.adminMemberSuspend(user.id));
    expect((await hr.post(apiPaths.adminMemberSuspend(user.id))).statusCode).toBe(200);
    expect(await auditFor(user.id, 'user.suspended')).toHaveLength(2);
  });
});
