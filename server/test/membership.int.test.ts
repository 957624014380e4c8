import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, webPaths, ZApprovalPage, ZClaim, ZMembershipStatus, type ApprovalItem, type ClaimBody, type Language } from '@alumni/shared';
import { auditLog, employmentPeriods, employmentRecords, members, membershipClaims } from '../src/db/schema.js';
import { AppError } from '../src/lib/errors.js';
import { createMailer } from '../src/mail/mailer.js';
import { membershipJobHandlers, sendClaimDecisionJob } from '../src/modules/membership/jobs.js';
import { submitClaim } from '../src/modules/membership/service.js';
import { createUser, errorOf, bodyOf, mailTo, signInAs, startTestApp, uniqueEmail, type Agent, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

let seq = 0;
/** A short unique word, so that names in one test never look like names in another. */
const uniq = () => `${'abcdefghijklmnopqrstuvwxyz'[seq % 26] ?? 'x'}${Date.now().toString(36).slice(-4)}${(seq++).toString(36)}`;

async function insertRecord(o: Partial<typeof employmentRecords.$inferInsert> = {}) {
  const [row] = await t.db
    .insert(employmentRecords)
    .values({ employeeNumber: `E-${uniq()}`, firstName: 'Rec', lastName: `Ord${uniq()}`, department: 'Finance', title: 'Analyst', startDate: '2015-01-01', endDate: '2018-12-31', ...o })
    .returning();
  if (!row) throw new Error('no record row');
  return row;
}

const claimBody = (o: Partial<ClaimBody> = {}): ClaimBody => ({
  memberType: 'former_employee',
  department: 'Finance',
  title: 'Analyst',
  startMonth: '2016-01',
  endMonth: '2017-12',
  ...o,
});

async function unverifiedMember(o: { firstName?: string; lastName?: string; language?: Language } = {}) {
  return signInAs(t, { role: 'member', verification: 'unverified', firstName: o.firstName ?? 'Anna', lastName: o.lastName ?? `Unmatched${uniq()}`, language: o.language ?? 'en' });
}

async function claim(agent: Agent, body: ClaimBody) {
  const res = await agent.post(apiPaths.membershipClaim, body);
  expect(res.statusCode, res.body).toBe(200);
  return bodyOf(res, ZMembershipStatus);
}

/** A member whose claim matches nothing, so it waits for HR. */
async function pendingClaim(o: { firstName?: string; lastName?: string; language?: Language; body?: Partial<ClaimBody> } = {}) {
  const m = await unverifiedMember(o);
  const status = await claim(m.agent, claimBody(o.body));
  expect(status.verificationStatus).toBe('pending');
  if (!status.claim) throw new Error('no claim');
  return { ...m, claim: status.claim };
}

const memberRow = async (id: string) => (await t.db.select().from(members).where(eq(members.userId, id)))[0];
const claimRow = async (id: string) => (await t.db.select().from(membershipClaims).where(eq(membershipClaims.id, id)))[0];
const periodsOf = (id: string) => t.db.select().from(employmentPeriods).where(eq(employmentPeriods.memberId, id));
const claimsOf = (id: string) => t.db.select().from(membershipClaims).where(eq(membershipClaims.memberId, id));
const auditOf = (id: string) => t.db.select().from(auditLog).where(and(eq(auditLog.objectType, 'user'), eq(auditLog.objectId, id))).orderBy(auditLog.id);

async function queueItem(hr: Agent, claimId: string, status: 'pending' | 'info_requested' = 'pending'): Promise<ApprovalItem | undefined> {
  let cursor: string | null = null;
  do {
    const res = await hr.get(`${apiPaths.adminApprovals}?limit=100&status=${status}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = bodyOf(res, ZApprovalPage);
    const found = body.items.find((i) => i.claim.id === claimId);
    if (found) return found;
    cursor = body.nextCursor;
  } while (cursor);
  return undefined;
}

describe('claiming employment', () => {
  it('shows a new member as unverified with no claim', async () => {
    const { agent } = await unverifiedMember();
    const res = await agent.get(apiPaths.membership);
    expect(res.statusCode).toBe(200);
    expect(bodyOf(res, ZMembershipStatus)).toEqual({ verificationStatus: 'unverified', claim: null });
  });

  it('verifies at once a claim whose address is on a record, linking the record and copying it into a verified period', async () => {
    const { agent, user } = await unverifiedMember();
    const record = await insertRecord({ email: user.email, firstName: 'Quite', lastName: 'Different', department: 'Treasury', title: 'Controller', startDate: '2012-03-01', endDate: '2014-08-31' });
    const status = await claim(agent, claimBody({ memberType: 'intern', startMonth: '2016-01', endMonth: '2016-06' }));
    expect(status.verificationStatus).toBe('verified');
    expect(status.claim).toMatchObject({ status: 'verified', autoVerified: true, memberType: 'intern', startMonth: '2016-01', endMonth: '2016-06' });
    expect(status.claim?.decidedAt).not.toBeNull();

    const m = await memberRow(user.id);
    expect(m).toMatchObject({ verificationStatus: 'verified', memberType: 'intern' });
    expect(m?.verifiedAt).toBeInstanceOf(Date);
    expect((await claimRow(status.claim?.id ?? ''))?.matchedRecordId).toBe(record.id);
    expect((await t.db.select().from(employmentRecords).where(eq(employmentRecords.id, record.id)))[0]?.memberId).toBe(user.id);
    expect(await periodsOf(user.id)).toEqual([
      expect.objectContaining({ department: 'Treasury', title: 'Controller', startDate: '2012-03-01', endDate: '2014-08-31', verified: true, recordId: record.id }),
    ]);
    expect(bodyOf(await agent.get(apiPaths.membership), ZMembershipStatus)).toEqual(status);
  });

  it('verifies a claim by name, accents and case folded, when the claimed months overlap the record', async () => {
    const last = `Åström${uniq()}`;
    const { agent, user } = await unverifiedMember({ firstName: 'Jörgen', lastName: last });
    const record = await insertRecord({ firstName: 'JORGEN', lastName: last.replace('Å', 'A').replace('ö', 'o').toUpperCase(), startDate: '2015-03-01', endDate: '2019-06-10' });
    // Only June 2019 is shared, and the record's number is given too.
    const status = await claim(agent, claimBody({ startMonth: '2019-06', endMonth: '2020-01', employeeNumber: record.employeeNumber }));
    expect(status.verificationStatus).toBe('verified');
    expect((await claimRow(status.claim?.id ?? ''))?.matchedRecordId).toBe(record.id);
    expect((await periodsOf(user.id)).map((p) => [p.recordId, p.verified])).toEqual([[record.id, true]]);
  });

  it('keeps a claim waiting when the name matches but the dates do not overlap, creating no period', async () => {
    const last = `Virtanen${uniq()}`;
    const { agent, user } = await unverifiedMember({ firstName: 'Matti', lastName: last });
    const record = await insertRecord({ firstName: 'Matti', lastName: last, startDate: '2001-01-01', endDate: '2003-12-31' });
    const status = await claim(agent, claimBody({ startMonth: '2004-01', endMonth: '2006-12' }));
    expect(status).toMatchObject({ verificationStatus: 'pending', claim: { status: 'pending', autoVerified: false } });
    expect((await memberRow(user.id))?.verificationStatus).toBe('pending');
    expect(await periodsOf(user.id)).toEqual([]);
    expect((await t.db.select().from(employmentRecords).where(eq(employmentRecords.id, record.id)))[0]?.memberId).toBeNull();
  });

  it('keeps a claim waiting when it only covers a namesake’s record: a name match must know the record’s time', async () => {
    const last = `Person${uniq()}`;
    const { agent, user } = await unverifiedMember({ firstName: 'Victim', lastName: last });
    const record = await insertRecord({ firstName: 'Victim', lastName: last, email: uniqueEmail('victim'), startDate: '2003-05-01', endDate: '2011-08-31' });
    // Every record of the century overlaps this span, but neither end is near the record's.
    const status = await claim(agent, claimBody({ startMonth: '1960-01', endMonth: '2025-12' }));
    expect(status).toMatchObject({ verificationStatus: 'pending', claim: { status: 'pending', autoVerified: false } });
    expect(await periodsOf(user.id)).toEqual([]);
    expect((await t.db.select().from(employmentRecords).where(eq(employmentRecords.id, record.id)))[0]?.memberId).toBeNull();
  });

  it('keeps a claim waiting when the employee number given is not the record’s', async () => {
    const last = `Niemi${uniq()}`;
    const { agent, user } = await unverifiedMember({ firstName: 'Sanna', lastName: last });
    await insertRecord({ firstName: 'Sanna', lastName: last, startDate: '2015-01-01', endDate: '2018-12-31' });
    const status = await claim(agent, claimBody({ employeeNumber: 'X-0000' }));
    expect(status.verificationStatus).toBe('pending');
    expect(await periodsOf(user.id)).toEqual([]);
  });

  it('leaves two people of the same name at the same time for HR to tell apart', async () => {
    const last = `Korhonen${uniq()}`;
    const { agent } = await unverifiedMember({ firstName: 'Juha', lastName: last });
    await insertRecord({ firstName: 'Juha', lastName: last });
    await insertRecord({ firstName: 'Juha', lastName: last });
    expect((await claim(agent, claimBody())).verificationStatus).toBe('pending');
  });

  it('does not match a record that is already another member’s', async () => {
    const { user: owner } = await unverifiedMember();
    const { agent, user } = await unverifiedMember();
    await insertRecord({ email: user.email, memberId: owner.id });
    expect((await claim(agent, claimBody())).verificationStatus).toBe('pending');
  });

  it('shows a waiting member the claim, and refuses a second claim while it waits or once verified', async () => {
    const { agent, user, claim: c } = await pendingClaim({ body: { note: 'I was in the Oulu office.' } });
    const status = bodyOf(await agent.get(apiPaths.membership), ZMembershipStatus);
    expect(status).toEqual({ verificationStatus: 'pending', claim: c });
    expect(c).toMatchObject({ department: 'Finance', startMonth: '2016-01', endMonth: '2017-12', memberNote: 'I was in the Oulu office.', decisionNote: null, decidedAt: null });

    const again = await agent.post(apiPaths.membershipClaim, claimBody());
    expect(again.statusCode).toBe(422);
    expect(errorOf(again).code).toBe('rule_broken');
    expect(errorOf(again).message).toMatch(/waiting for HR/);

    const { agent: verified } = await signInAs(t, 'member');
    const refused = await verified.post(apiPaths.membershipClaim, claimBody());
    expect(refused.statusCode).toBe(422);
    expect(errorOf(refused).message).toMatch(/already verified/);
    expect(await claimsOf(user.id)).toHaveLength(1);
  });

  it('refuses bad input with a reason per field and writes nothing', async () => {
    const { agent, user } = await unverifiedMember();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...claimBody(), startMonth: '2018-05', endMonth: '2018-04' }, 'endMonth'],
      [{ ...claimBody(), startMonth: '2018-13' }, 'startMonth'],
      [{ ...claimBody(), endMonth: '2018-5' }, 'endMonth'],
      [{ ...claimBody(), title: 'x'.repeat(121) }, 'title'],
      [{ ...claimBody(), department: '   ' }, 'department'],
      [{ ...claimBody(), note: 'x'.repeat(1001) }, 'note'],
      [{ ...claimBody(), memberType: 'ceo' }, 'memberType'],
      [{ ...claimBody(), employeeNumber: 'E 12; drop' }, 'employeeNumber'],
      [{ ...claimBody(), verified: true }, 'verified'],
    ];
    for (const [body, path] of cases) {
      const res = await agent.post(apiPaths.membershipClaim, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const error = errorOf(res);
      expect(error.code).toBe('validation_failed');
      expect(error.details?.length).toBeGreaterThan(0);
      if (path) expect(error.details?.map((d) => d.path)).toContain(path);
    }
    const reply = await agent.post(apiPaths.membershipClaimReply, { note: 'x'.repeat(1001) });
    expect(reply.statusCode).toBe(400);
    expect(errorOf(reply).details?.map((d) => d.path)).toContain('note');
    expect(await claimsOf(user.id)).toEqual([]);
    expect((await memberRow(user.id))?.verificationStatus).toBe('unverified');
  });

  it('limits how many claims a member may try', async () => {
    const { agent } = await pendingClaim();
    // The first claim counted once; four refused ones use the rest of the day's budget.
    for (let i = 0; i < 4; i++) expect((await agent.post(apiPaths.membershipClaim, claimBody())).statusCode).toBe(422);
    const res = await agent.post(apiPaths.membershipClaim, claimBody());
    expect(res.statusCode).toBe(429);
    expect(errorOf(res).code).toBe('rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('lets only a member with a confirmed address claim', async () => {
    const pending = await createUser(t.db, { status: 'pending', verification: 'unverified' });
    const err = await submitClaim({ db: t.db, queue: t.queue }, { user: pending, ip: null }, claimBody()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err instanceof AppError && err.code).toBe('forbidden');
    expect(err instanceof AppError && err.message).toMatch(/Confirm your email/);
    expect(await claimsOf(pending.id)).toEqual([]);
  });

  it('keeps staff out of claiming, and members out of the queue and its decisions', async () => {
    const { claim: other } = await pendingClaim();
    for (const role of ['hr', 'admin', 'recruiter'] as const) {
      const { agent } = await signInAs(t, role);
      const res = await agent.post(apiPaths.membershipClaim, claimBody());
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('forbidden');
      expect((await agent.get(apiPaths.membership)).statusCode).toBe(403);
    }
    const { agent: member } = await unverifiedMember();
    expect(bodyOf(await member.get(apiPaths.membership), ZMembershipStatus).claim).toBeNull();
    expect((await member.get(apiPaths.adminApprovals)).statusCode).toBe(403);
    expect((await member.post(apiPaths.adminApprove(other.id), {})).statusCode).toBe(403);
    expect((await member.post(apiPaths.adminReject(other.id), { reason: 'no' })).statusCode).toBe(403);
    expect((await member.post(apiPaths.adminRequestInfo(other.id), { question: 'who?' })).statusCode).toBe(403);
    expect((await claimRow(other.id))?.status).toBe('pending');
  });
});

describe('HR’s approval queue', () => {
  it('lists the claim beside the closest records, the right one first', async () => {
    const last = `Virtala${uniq()}`;
    const { user, claim: c } = await pendingClaim({
      firstName: 'Kalle',
      lastName: last,
      body: { department: 'Finance', startMonth: '2012-01', endMonth: '2016-12', employeeNumber: 'E-5001' },
    });
    const right = await insertRecord({ firstName: 'Kalle', lastName: last, department: 'Finance', startDate: '2012-02-01', endDate: '2016-11-30', employeeNumber: `E-R${uniq()}` });
    const namesake = await insertRecord({ firstName: 'Kalle', lastName: last, department: 'Logistics', startDate: '1990-01-01', endDate: '1992-12-31' });
    const lookalike = await insertRecord({ firstName: 'Kalla', lastName: last.replace('Virtala', 'Virtal'), department: 'Sales', startDate: '2000-01-01', endDate: '2001-01-01' });
    const unrelated = await insertRecord({ firstName: 'Zyx', lastName: `Qwv${uniq()}` });

    const { agent: hr } = await signInAs(t, 'hr');
    const item = await queueItem(hr, c.id);
    expect(item?.member).toEqual({ id: user.id, email: user.email, firstName: 'Kalle', lastName: last, language: 'en' });
    expect(item?.claim).toEqual(c);
    const ids = item?.candidates.map((x) => x.id) ?? [];
    expect(ids[0]).toBe(right.id);
    expect(ids).toContain(namesake.id);
    expect(ids).toContain(lookalike.id);
    expect(ids).not.toContain(unrelated.id);
    expect(ids.indexOf(namesake.id)).toBeLessThan(ids.indexOf(lookalike.id));
    const scores = item?.candidates.map((x) => x.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
    expect(item?.candidates[0]).toMatchObject({ firstName: 'Kalle', department: 'Finance', startDate: '2012-02-01', endDate: '2016-11-30', memberId: null, invitedAt: null });
  });

  it('finds records by the member’s address or employee number whatever their names', async () => {
    const { user, claim: c } = await pendingClaim({ body: { employeeNumber: `N-${uniq()}` } });
    const byEmail = await insertRecord({ email: user.email, firstName: 'Other', lastName: `Name${uniq()}`, memberId: null, startDate: '1980-01-01', endDate: '1981-01-01' });
    // Linked to someone else, so it did not verify the claim, but HR still sees it.
    const { user: owner } = await unverifiedMember();
    await t.db.update(employmentRecords).set({ memberId: owner.id }).where(eq(employmentRecords.id, byEmail.id));
    const byNumber = await insertRecord({ employeeNumber: c.employeeNumber ?? '', firstName: 'Third', lastName: `Person${uniq()}`, startDate: '1980-01-01', endDate: '1981-01-01' });
    const { agent: hr } = await signInAs(t, 'hr');
    const item = await queueItem(hr, c.id);
    expect(item?.candidates.map((x) => x.id)).toEqual([byEmail.id, byNumber.id]);
    expect(item?.candidates[0]?.memberId).toBe(owner.id);
  });

  it('pages oldest first with a keyset cursor, without repeats, and refuses a forged cursor', async () => {
    for (let i = 0; i < 3; i++) await pendingClaim();
    const { agent: hr } = await signInAs(t, 'hr');
    const seen: string[] = [];
    const created: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await hr.get(`${apiPaths.adminApprovals}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = bodyOf(res, ZApprovalPage);
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((i) => i.claim.id));
      created.push(...body.items.map((i) => i.claim.createdAt));
      cursor = body.nextCursor;
    } while (cursor);
    const waiting = await t.db.select({ id: membershipClaims.id }).from(membershipClaims).where(eq(membershipClaims.status, 'pending'));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(waiting.map((w) => w.id).sort());
    expect(created).toEqual([...created].sort());
    for (const bad of ['garbage', Buffer.from('["x","y"]').toString('base64url')]) {
      const res = await hr.get(`${apiPaths.adminApprovals}?cursor=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(errorOf(res).details?.[0]?.path).toBe('cursor');
    }
    expect((await hr.get(`${apiPaths.adminApprovals}?limit=101`)).statusCode).toBe(400);
    expect((await hr.get(`${apiPaths.adminApprovals}?status=verified`)).statusCode).toBe(400);
  });

  it('approves against a record: member verified, record linked, verified period, mail in Finnish', async () => {
    const { user, claim: c } = await pendingClaim({ language: 'fi', firstName: 'Aino', body: { memberType: 'summer_worker' } });
    const record = await insertRecord({ department: 'Kunnossapito', title: 'Kesätyöntekijä', startDate: '2016-06-01', endDate: '2016-08-31' });
    const { agent: hr, user: hrUser } = await signInAs(t, 'hr');
    const res = await hr.post(apiPaths.adminApprove(c.id), { recordId: record.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(bodyOf(res, ZClaim)).toMatchObject({ id: c.id, status: 'verified', autoVerified: false });

    expect(await claimRow(c.id)).toMatchObject({ status: 'verified', decidedBy: hrUser.id, matchedRecordId: record.id });
    expect(await memberRow(user.id)).toMatchObject({ verificationStatus: 'verified', memberType: 'summer_worker' });
    expect((await t.db.select().from(employmentRecords).where(eq(employmentRecords.id, record.id)))[0]?.memberId).toBe(user.id);
    expect(await periodsOf(user.id)).toEqual([
      expect.objectContaining({ department: 'Kunnossapito', title: 'Kesätyöntekijä', startDate: '2016-06-01', endDate: '2016-08-31', verified: true, recordId: record.id }),
    ]);

    const mail = await t.mail.waitFor(mailTo(user.email, /Jäsenyytesi on vahvistettu/));
    expect(mail.text).toContain('Hei Aino,');
    expect(mail.text).toContain(`${t.config.appUrl}${webPaths.directory}`);
    expect(mail.html).toContain('lang="fi"');

    const entries = await auditOf(user.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'claim.approved', actorId: hrUser.id, data: { claimId: c.id, recordId: record.id } });
    expect(await queueItem(hr, c.id)).toBeUndefined();
  });

  it('approves without a record: the claimed months become the verified period, mail in Swedish', async () => {
    const { user, claim: c } = await pendingClaim({ language: 'sv', firstName: 'Elsa', body: { department: 'Lager', title: 'Truckförare', startMonth: '2014-03', endMonth: '2016-02' } });
    const { agent: admin } = await signInAs(t, 'admin');
    expect((await admin.post(apiPaths.adminApprove(c.id), {})).statusCode).toBe(200);
    expect(await periodsOf(user.id)).toEqual([
      expect.objectContaining({ department: 'Lager', title: 'Truckförare', startDate: '2014-03-01', endDate: '2016-02-29', verified: true, recordId: null }),
    ]);
    const mail = await t.mail.waitFor(mailTo(user.email, /Ditt medlemskap är bekräftat/));
    expect(mail.text).toContain('Hej Elsa,');
    expect(mail.text).toContain('medlemskatalogen');
  });

  it('rejects with a reason, which the mail quotes; the member may then claim again', async () => {
    const { agent, user, claim: c } = await pendingClaim();
    const { agent: hr, user: hrUser } = await signInAs(t, 'hr');
    const reason = 'We found nobody of that name in Finance.';
    const res = await hr.post(apiPaths.adminReject(c.id), { reason: `  ${reason}  ` });
    expect(res.statusCode).toBe(200);
    expect(bodyOf(res, ZClaim)).toMatchObject({ status: 'rejected', decisionNote: reason });
    expect((await memberRow(user.id))?.verificationStatus).toBe('rejected');
    expect(await periodsOf(user.id)).toEqual([]);

    const mail = await t.mail.waitFor(mailTo(user.email, /not accepted/));
    expect(mail.text).toContain(`“${reason}”`);
    expect(mail.text).toContain(`${t.config.appUrl}${webPaths.membership}`);
    expect((await auditOf(user.id)).map((e) => [e.action, e.actorId, e.data])).toEqual([['claim.rejected', hrUser.id, { claimId: c.id }]]);

    const status = bodyOf(await agent.get(apiPaths.membership), ZMembershipStatus);
    expect(status).toMatchObject({ verificationStatus: 'rejected', claim: { id: c.id, status: 'rejected', decisionNote: reason } });
    const again = await claim(agent, claimBody({ department: 'Logistics' }));
    expect(again.claim?.id).not.toBe(c.id);
    expect(again).toMatchObject({ verificationStatus: 'pending', claim: { department: 'Logistics', status: 'pending' } });
    expect(await claimsOf(user.id)).toHaveLength(2);
  });

  it('asks for more information; the member answers and the claim is back in the queue', async () => {
    const { agent, user, claim: c } = await pendingClaim({ language: 'fi' });
    const { agent: hr, user: hrUser } = await signInAs(t, 'hr');
    const question = 'Kuka oli esihenkilösi?';
    expect((await hr.post(apiPaths.adminRequestInfo(c.id), { question })).statusCode).toBe(200);
    const mail = await t.mail.waitFor(mailTo(user.email, /lisätietoja/));
    expect(mail.text).toContain(`”${question}”`);
    expect(mail.text).toContain(`${t.config.appUrl}${webPaths.membership}`);
    expect((await auditOf(user.id)).map((e) => [e.action, e.actorId, e.data])).toEqual([['claim.info_requested', hrUser.id, { claimId: c.id }]]);

    expect(await queueItem(hr, c.id)).toBeUndefined();
    expect((await queueItem(hr, c.id, 'info_requested'))?.claim.decisionNote).toBe(question);
    expect(bodyOf(await agent.get(apiPaths.membership), ZMembershipStatus)).toMatchObject({ verificationStatus: 'info_requested', claim: { status: 'info_requested', decisionNote: question } });
    // Asking again before the member answered is not a new decision.
    expect((await hr.post(apiPaths.adminRequestInfo(c.id), { question: 'And?' })).statusCode).toBe(409);

    const reply = await agent.post(apiPaths.membershipClaimReply, { note: 'Liisa Lehtonen, talousjohtaja.' });
    expect(reply.statusCode).toBe(200);
    expect(bodyOf(reply, ZMembershipStatus)).toMatchObject({ verificationStatus: 'pending', claim: { id: c.id, status: 'pending', memberNote: 'Liisa Lehtonen, talousjohtaja.' } });
    expect((await queueItem(hr, c.id))?.claim.memberNote).toBe('Liisa Lehtonen, talousjohtaja.');
    expect((await memberRow(user.id))?.verificationStatus).toBe('pending');

    const twice = await agent.post(apiPaths.membershipClaimReply, { note: 'Again' });
    expect(twice.statusCode).toBe(422);
    expect(errorOf(twice).code).toBe('rule_broken');
  });

  it('takes a corrected claim in answer to a question, updating the open claim, which may then match', async () => {
    const last = `Heikkinen${uniq()}`;
    const { agent, user, claim: c } = await pendingClaim({ firstName: 'Outi', lastName: last, body: { startMonth: '2001-01', endMonth: '2001-12' } });
    const record = await insertRecord({ firstName: 'Outi', lastName: last, startDate: '2010-01-01', endDate: null });
    const { agent: hr } = await signInAs(t, 'hr');
    expect((await hr.post(apiPaths.adminRequestInfo(c.id), { question: 'Are the years right?' })).statusCode).toBe(200);
    const status = await claim(agent, claimBody({ startMonth: '2010-01', endMonth: '2012-06', note: 'Sorry, the years were wrong.' }));
    expect(status).toMatchObject({ verificationStatus: 'verified', claim: { id: c.id, status: 'verified', autoVerified: true, memberNote: 'Sorry, the years were wrong.' } });
    expect(await claimsOf(user.id)).toHaveLength(1);
    expect((await periodsOf(user.id)).map((p) => [p.recordId, p.endDate])).toEqual([[record.id, null]]);
  });

  it('answers 409 to a second decision and 404 to an unknown claim, changing nothing', async () => {
    const { user, claim: c } = await pendingClaim();
    const { agent: hr } = await signInAs(t, 'hr');
    expect((await hr.post(apiPaths.adminApprove(c.id), {})).statusCode).toBe(200);
    for (const res of [
      await hr.post(apiPaths.adminApprove(c.id), {}),
      await hr.post(apiPaths.adminReject(c.id), { reason: 'Changed my mind' }),
      await hr.post(apiPaths.adminRequestInfo(c.id), { question: 'Really?' }),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(errorOf(res).code).toBe('conflict');
    }
    expect(await claimRow(c.id)).toMatchObject({ status: 'verified', decisionNote: null });
    expect((await memberRow(user.id))?.verificationStatus).toBe('verified');
    expect(await periodsOf(user.id)).toHaveLength(1);
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(['claim.approved']);

    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await hr.post(apiPaths.adminReject(unknown), { reason: 'x' });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('not_found');
  });

  it('refuses bad decisions with a reason per field and changes nothing', async () => {
    const { user, claim: c } = await pendingClaim();
    const { owner, record } = await (async () => {
      const o = await unverifiedMember();
      return { owner: o.user, record: await insertRecord({ memberId: o.user.id }) };
    })();
    const { agent: hr } = await signInAs(t, 'hr');
    const cases: Array<[string, unknown, number, string]> = [
      [apiPaths.adminReject(c.id), { reason: '   ' }, 400, 'reason'],
      [apiPaths.adminReject(c.id), { reason: 'x'.repeat(1001) }, 400, 'reason'],
      [apiPaths.adminReject(c.id), {}, 400, 'reason'],
      [apiPaths.adminRequestInfo(c.id), { question: 'x'.repeat(1001) }, 400, 'question'],
      [apiPaths.adminApprove(c.id), { recordId: 'not-a-uuid' }, 400, 'recordId'],
      [apiPaths.adminApprove(c.id), { recordId: '00000000-0000-4000-8000-000000000000' }, 400, 'recordId'],
      [apiPaths.adminApprove(c.id), { recordId: record.id }, 422, 'recordId'],
      [apiPaths.adminApprove(c.id), { note: 'extra' }, 400, 'note'],
      [apiPaths.adminApprove('not-a-uuid'), {}, 400, 'id'],
    ];
    for (const [url, body, status, path] of cases) {
      const res = await hr.post(url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}: ${res.body}`).toBe(status);
      if (path) expect(errorOf(res).details?.map((d) => d.path)).toContain(path);
    }
    expect(await claimRow(c.id)).toMatchObject({ status: 'pending', decidedAt: null, decisionNote: null });
    expect((await memberRow(user.id))?.verificationStatus).toBe('pending');
    expect(await periodsOf(user.id)).toEqual([]);
    expect((await t.db.select().from(employmentRecords).where(eq(employmentRecords.id, record.id)))[0]?.memberId).toBe(owner.id);
    expect(await auditOf(user.id)).toEqual([]);
  });

  it('mails nothing for a decision that no longer stands', async () => {
    const { agent, user, claim: c } = await pendingClaim();
    const { agent: hr } = await signInAs(t, 'hr');
    expect((await hr.post(apiPaths.adminRequestInfo(c.id), { question: 'Which office?' })).statusCode).toBe(200);
    await t.mail.waitFor(mailTo(user.email, /more information/));
    const decidedAt = (await claimRow(c.id))?.decidedAt?.toISOString() ?? '';
    expect((await agent.post(apiPaths.membershipClaimReply, { note: 'Espoo' })).statusCode).toBe(200);

    const mailer = createMailer(t.mail.url, t.config.mailFrom);
    const [handler] = membershipJobHandlers({ db: t.db, mailer, config: t.config }).filter((h) => h.spec.name === sendClaimDecisionJob.name);
    if (!handler) throw new Error('no handler');
    // Answered since: the question's mail is moot.
    await handler.run({ claimId: c.id, status: 'info_requested', decidedAt });
    expect(t.mail.list().filter(mailTo(user.email))).toHaveLength(1);

    expect((await hr.post(apiPaths.adminReject(c.id), { reason: 'No record of Espoo.' })).statusCode).toBe(200);
    await t.mail.waitFor(mailTo(user.email, /not accepted/));
    const rejectedAt = (await claimRow(c.id))?.decidedAt?.toISOString() ?? '';
    // A decision of another time is not this one.
    await handler.run({ claimId: c.id, status: 'rejected', decidedAt: new Date(Date.parse(rejectedAt) - 1000).toISOString() });
    expect(t.mail.list().filter(mailTo(user.email))).toHaveLength(2);
    // The decision that stands is mailed by the same handler, so the silence above is the check's doing.
    await handler.run({ claimId: c.id, status: 'rejected', decidedAt: rejectedAt });
    expect(t.mail.list().filter(mailTo(user.email))).toHaveLength(3);
    mailer.close();
  });
});
