import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ZAdminEvent,
  ZAdminJob,
  ZNewsPost,
  ZNewsletter,
  ZOwnReferral,
  ZRecordImport,
  ZRecordPage,
  ZSegment,
  ZTalentFlag,
  apiPaths,
  auditActions,
  webPaths,
  type AuditAction,
  type RecordImport,
} from '@alumni/shared';
import { consents, users, deliveries, jobInterests, membershipClaims, newsletters } from '../src/db/schema.js';
import { startNewsletter } from '../src/modules/newsletters/service.js';
import { createAlumnus, createEvent, eventBody } from './events-kit.js';
import { Agent, bodyOf, createUser, defaultPassword, linkToken, mailTo, multipart, signInAs, startTestApp, uniqueEmail, type TestApp } from './helpers.js';

/*
 * Every kind of staff action the earlier features audit, done once the way staff do it (through
 * the API, the CLI for the first admin), and then found in the audit log with its actor.
 */
const earlier = auditActions.slice(0, auditActions.indexOf('talent.board_viewed') + 1);

let t: TestApp;
let admin: Agent;
let hr: Agent;
let recruiter: Agent;
const actorOf = new Map<AuditAction, string | null>();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const run = promisify(execFile);

beforeAll(async () => {
  t = await startTestApp();
  const a = await signInAs(t, 'admin');
  const h = await signInAs(t, 'hr');
  const r = await signInAs(t, 'recruiter');
  admin = a.agent;
  hr = h.agent;
  recruiter = r.agent;
  for (const action of earlier) {
    const staffArea = action.startsWith('job.') || action.startsWith('talent.') ? r.user.id : action.startsWith('staff.') || action.startsWith('user.') ? a.user.id : h.user.id;
    actorOf.set(action, staffArea);
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function ok(res: Promise<{ statusCode: number; body: string }>, status = 200): Promise<string> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.body;
}

const put = (agent: Agent, url: string, payload: Record<string, unknown>) => agent.request({ method: 'PUT', url, payload });
const del = (agent: Agent, url: string) => agent.request({ method: 'DELETE', url });
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

function uploadCsv(agent: Agent, content: string) {
  const boundary = `----alumni${randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="export.csv"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return agent.request({ method: 'POST', url: apiPaths.adminRecordImports, payload: Buffer.concat([head, Buffer.from(content), tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
}

async function waitForImport(id: string): Promise<RecordImport> {
  for (let i = 0; i < 300; i++) {
    const current = bodyOf(await hr.get(apiPaths.adminRecordImport(id)), ZRecordImport);
    if (current.status !== 'importing') return current;
    await sleep(100);
  }
  throw new Error('the import did not finish');
}

async function waitForNewsletter(id: string, status: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (bodyOf(await hr.get(apiPaths.adminNewsletter(id)), ZNewsletter).status === status) return;
    await sleep(100);
  }
  throw new Error(`the newsletter did not reach ${status}`);
}

describe('the audit log covers every kind of staff action', () => {
  it('the first admin from the CLI, staff invitations, roles and suspensions', async () => {
    const email = uniqueEmail('cli-admin');
    const url = String(t.database.pool.options.connectionString);
    await run(process.execPath, ['--import', 'tsx', 'src/cli/admin-create.ts', '--email', email, '--password', 'cli admin password'], { env: { ...process.env, DATABASE_URL: url } });
    actorOf.set('admin.created_from_cli', null);

    const invitee = uniqueEmail('staff');
    await ok(admin.post(apiPaths.staffInvitations, { email: invitee, role: 'recruiter', language: 'en' }), 202);
    const mail = await t.mail.waitFor(mailTo(invitee));
    const newcomer = new Agent(t.app);
    const accepted = await newcomer.post(apiPaths.acceptInvite, { token: linkToken(mail, webPaths.acceptInvite), password: 'recruiter password', firstName: 'Kaisa', lastName: 'Mäkinen' });
    expect(accepted.statusCode, accepted.body).toBeLessThan(300);
    const [joined] = await t.db.select().from(users).where(eq(users.email, invitee));
    expect(joined?.role).toBe('recruiter');
    actorOf.set('staff.invite_accepted', joined?.id ?? 'missing');

    const target = await createUser(t.db, { role: 'hr' });
    await ok(admin.post(apiPaths.userRole(target.id), { role: 'recruiter' }));
    await ok(admin.post(apiPaths.userSuspend(target.id)));
    await ok(admin.post(apiPaths.userReactivate(target.id)));
  });

  it('employment records: preview, import, discard and invitations', async () => {
    const p = `c${randomUUID().slice(0, 8)}`;
    const header = 'employee_number,first_name,last_name,email,department,title,start_date,end_date';
    const first = bodyOf(await uploadCsv(hr, `${header}\n${p}1,Sirkka,Saarinen,${uniqueEmail('rec')},Hoiva,Lähihoitaja,2001-03-01,2005-08-31\n`), ZRecordImport);
    await ok(hr.post(apiPaths.adminRecordImportCommit(first.id)), 202);
    expect((await waitForImport(first.id)).status).toBe('done');
    const second = bodyOf(await uploadCsv(hr, `${header}\n${p}2,Pekka,Virta,${uniqueEmail('rec')},IT,Kehittäjä,2010-01-01,2012-12-31\n`), ZRecordImport);
    await ok(hr.post(apiPaths.adminRecordImportDiscard(second.id)));
    const records = bodyOf(await hr.get(`${apiPaths.adminRecords}?q=${p}1`), ZRecordPage);
    await ok(hr.post(apiPaths.adminRecordInvitations, { recordIds: records.items.map((r) => r.id) }));
  });

  it('membership claims: approved, rejected, asked about', async () => {
    const claim = async () => {
      const m = await signInAs(t, { role: 'member', verification: 'unverified', firstName: 'Anna', lastName: `Unmatched${randomUUID().slice(0, 6)}`, language: 'en' });
      await ok(m.agent.post(apiPaths.membershipClaim, { memberType: 'former_employee', department: 'Finance', title: 'Analyst', startMonth: '2016-01', endMonth: '2017-12' }));
      const [row] = await t.db.select().from(membershipClaims).where(eq(membershipClaims.memberId, m.user.id));
      return row?.id ?? '';
    };
    await ok(hr.post(apiPaths.adminApprove(await claim()), {}));
    await ok(hr.post(apiPaths.adminReject(await claim()), { reason: 'Nobody of that name in Finance.' }));
    await ok(hr.post(apiPaths.adminRequestInfo(await claim()), { question: 'Which team were you in?' }));
  });

  it("members: viewed, exported, changed, erased by HR and by themselves", async () => {
    const m = await createAlumnus(t);
    await ok(hr.get(apiPaths.adminMember(m.id)));
    await ok(hr.get(apiPaths.adminMembersExport));
    await ok(hr.patch(apiPaths.adminMember(m.id), { headline: 'Sairaanhoitaja' }));
    await ok(hr.post(apiPaths.adminMemberErase(m.id), { reason: 'Asked by mail' }));
    const self = await signInAs(t, 'member');
    await ok(self.agent.post(apiPaths.accountErase, { password: defaultPassword }));
    actorOf.set('member.self_erased', self.user.id);
  });

  it('segments and events, from creating to check-in, export and cancellation', async () => {
    const segment = bodyOf(await hr.post(apiPaths.adminSegments, { name: 'Tampere', filters: { cities: ['Tampere'] } }), ZSegment);
    await ok(hr.patch(apiPaths.adminSegment(segment.id), { name: 'Tampere ja Pirkkala', filters: { cities: ['Tampere', 'Pirkkala'] } }));
    await ok(del(hr, apiPaths.adminSegment(segment.id)));

    const e = await createEvent(hr);
    await ok(hr.patch(apiPaths.adminEvent(e.id), eventBody({ placeName: 'Tampere-talo' })));
    const guest = await signInAs(t, 'member');
    await t.db.insert(consents).values({ memberId: guest.user.id, channel: 'event_invites', granted: true, source: 'profile' });
    await ok(hr.post(apiPaths.adminEventInvitations(e.id)));
    await ok(put(guest.agent, apiPaths.eventRsvp(e.id), { status: 'going' }));
    await ok(hr.post(apiPaths.adminEventCheckIn(e.id, guest.user.id)));
    await ok(hr.post(apiPaths.adminEventUndoCheckIn(e.id, guest.user.id)));
    const walker = await createAlumnus(t);
    await ok(hr.post(apiPaths.adminEventWalkIns(e.id), { memberId: walker.id }));
    await ok(hr.get(apiPaths.adminEventAttendeesExport(e.id)));
    expect(bodyOf(await hr.post(apiPaths.adminEventCancel(e.id)), ZAdminEvent).status).toBe('cancelled');
  });

  it('news posts and newsletters, from the draft to the retry of a failed mail, and the cadence', async () => {
    const news = bodyOf(await hr.post(apiPaths.adminNews, { title: { fi: 'Uutinen', sv: 'Nyhet', en: 'News' }, body: { fi: 'Teksti', sv: 'Text', en: 'Text' } }), ZNewsPost);
    await ok(hr.patch(apiPaths.adminNewsPost(news.id), { title: { fi: 'Uutinen 2', sv: 'Nyhet 2', en: 'News 2' }, body: { fi: 'Teksti', sv: 'Text', en: 'Text' } }));
    await ok(del(hr, apiPaths.adminNewsPost(news.id)), 204);

    const city = `Rauma${Date.now()}`;
    const reader = await createAlumnus(t, { consent: false, member: { city } });
    await t.db.insert(consents).values({ memberId: reader.id, channel: 'newsletter', granted: true, source: 'profile' });
    const segment = bodyOf(await hr.post(apiPaths.adminSegments, { name: city, filters: { cities: [city] } }), ZSegment);
    const body = (n: number) => ({
      subject: { fi: `Kuulumiset ${n}`, sv: `Nyheter ${n}`, en: `News ${n}` },
      preheader: { fi: 'Uutisia', sv: 'Nyheter', en: 'News' },
      body: { fi: 'Hei {{first_name}}!', sv: 'Hej {{first_name}}!', en: 'Hello {{first_name}}!' },
      segmentId: segment.id,
    });
    const gone = bodyOf(await hr.post(apiPaths.adminNewsletters, body(1)), ZNewsletter);
    await ok(del(hr, apiPaths.adminNewsletter(gone.id)), 204);
    const n = bodyOf(await hr.post(apiPaths.adminNewsletters, body(2)), ZNewsletter);
    await ok(hr.patch(apiPaths.adminNewsletter(n.id), body(3)));
    await ok(hr.post(apiPaths.adminNewsletterTestSend(n.id), {}));
    await ok(hr.post(apiPaths.adminNewsletterSchedule(n.id), { at: `${new Date().getFullYear() + 1}-03-15T09:00`, timeZone: 'Europe/Helsinki', acceptCadenceWarnings: true }));
    await ok(hr.post(apiPaths.adminNewsletterCancel(n.id)));
    await ok(put(hr, apiPaths.adminNewsletterCadence, { minPerYear: 2, maxPerYear: 4 }));
    // The send starts on the schedule, by the system, not by a person.
    await t.db.update(newsletters).set({ status: 'scheduled', scheduledAt: new Date() }).where(eq(newsletters.id, n.id));
    await startNewsletter(t.db, t.config, n.id);
    actorOf.set('newsletter.started', null);
    const paused = await hr.post(apiPaths.adminNewsletterPause(n.id));
    // The one mail may already be out; a send that finished cannot be paused.
    if (paused.statusCode === 200) await ok(hr.post(apiPaths.adminNewsletterResume(n.id)));
    else {
      expect(paused.statusCode).toBe(409);
      const again = bodyOf(await hr.post(apiPaths.adminNewsletters, body(4)), ZNewsletter);
      await t.db.update(newsletters).set({ status: 'paused', scheduledAt: new Date(), startedAt: new Date() }).where(eq(newsletters.id, again.id));
      await ok(hr.post(apiPaths.adminNewsletterResume(again.id)));
      await ok(hr.post(apiPaths.adminNewsletterPause(again.id)));
    }
    await waitForNewsletter(n.id, 'sent');
    await t.db.update(deliveries).set({ status: 'failed' }).where(eq(deliveries.messageKey, `newsletter:${n.id}`));
    await ok(hr.post(apiPaths.adminNewsletterRetryFailed(n.id)));
  });

  it('returner jobs, responses, CVs and the boomerang board', async () => {
    const job = (status: 'draft' | 'published') => ({
      title: { fi: 'Kesätyö', sv: 'Sommarjobb', en: 'Summer job' },
      description: { fi: 'Tule takaisin.', sv: '', en: '' },
      department: 'Logistiikka',
      location: 'Vantaa',
      remote: false,
      type: 'summer',
      opensOn: today(),
      closesOn: null,
      status,
    });
    const draft = bodyOf(await recruiter.post(apiPaths.adminJobs, job('draft')), ZAdminJob);
    await ok(del(recruiter, apiPaths.adminJob(draft.id)), 204);
    const posted = bodyOf(await recruiter.post(apiPaths.adminJobs, job('published')), ZAdminJob);
    await ok(recruiter.patch(apiPaths.adminJob(posted.id), { ...job('published'), location: 'Helsinki' }));

    const m = await signInAs(t, 'member');
    await ok(put(m.agent, apiPaths.jobInterest(posted.id), { message: 'Palaisin mielelläni.' }));
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x20), Buffer.from('\n%%EOF\n')]);
    await ok(m.agent.request({ method: 'PUT', url: apiPaths.jobInterestCv(posted.id), ...multipart(pdf, { filename: 'cv.pdf', type: 'application/pdf' }) }));
    const referral = bodyOf(await m.agent.post(apiPaths.jobReferrals(posted.id), { name: 'Mikko Virtanen', email: uniqueEmail('friend'), relation: 'Opiskelukaveri' }), ZOwnReferral);
    await ok(recruiter.get(apiPaths.adminJobResponses(posted.id)));
    const [interest] = await t.db.select().from(jobInterests).where(eq(jobInterests.jobId, posted.id));
    await ok(recruiter.patch(apiPaths.adminInterest(interest?.id ?? ''), { status: 'contacted' }), 204);
    await ok(recruiter.patch(apiPaths.adminReferral(referral.id), { status: 'applied' }), 204);
    await ok(recruiter.get(apiPaths.adminJobSuggestions(posted.id)));
    await ok(recruiter.get(apiPaths.adminInterestCv(interest?.id ?? '')));

    const flag = bodyOf(await recruiter.post(apiPaths.adminFlags, { memberId: m.user.id, reason: 'Osaava, haluaa palata' }), ZTalentFlag);
    await ok(recruiter.patch(apiPaths.adminFlag(flag.id), { tags: ['kesä'] }));
    await ok(recruiter.post(apiPaths.adminFlagNotes(flag.id), { text: 'Soitettu.' }));
    await ok(recruiter.post(apiPaths.adminFlagMove(flag.id), { stage: 'offer' }));
    await ok(recruiter.post(apiPaths.adminFlagMove(flag.id), { stage: 'rehired', rehire: { rehiredOn: today(), jobId: posted.id, type: 'summer' } }));
    await ok(recruiter.get(apiPaths.adminFlags));
    const other = await createAlumnus(t);
    const second = bodyOf(await recruiter.post(apiPaths.adminFlags, { memberId: other.id, reason: 'Myöhemmin' }), ZTalentFlag);
    await ok(del(recruiter, apiPaths.adminFlag(second.id)), 204);
  });

  it('finds an entry for each of them, by the person who did it', async () => {
    const rows = await t.db.execute<{ action: string; actor_id: string | null; object_type: string }>(
      sql`select action, actor_id, object_type from audit_log order by id`,
    );
    const missing = earlier.filter((action) => !rows.rows.some((r) => r.action === action));
    expect(missing).toEqual([]);
    for (const action of earlier) {
      const entries = rows.rows.filter((r) => r.action === action);
      expect(entries.some((r) => r.actor_id === actorOf.get(action)), `${action} by ${String(actorOf.get(action))}`).toBe(true);
      expect(entries.every((r) => r.object_type !== ''), action).toBe(true);
    }
  });
});
