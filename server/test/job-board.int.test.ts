import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiPaths,
  ZAdminJob,
  ZAdminJobPage,
  ZBoardFacets,
  ZBoardJobPage,
  ZJobPage,
  ZJobResponses,
  ZOwnInterest,
  ZOwnJobActivity,
  ZOwnReferral,
  ZSessionInfo,
  ZShareLink,
  type JobBody,
} from '@alumni/shared';
import { auditLog, jobInterests, jobReferrals, jobs } from '../src/db/schema.js';
import { Agent, bodyOf, createUser, errorOf, signInAs, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let recruiter: Agent;
let memberA: Agent;
let memberB: Agent;
let memberAId: string;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });
const daysFromToday = (n: number) => {
  const d = new Date(`${today()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const jobBody = (o: Partial<JobBody> = {}): JobBody => ({
  title: { fi: 'Kesätyö varastolla', sv: 'Sommarjobb på lagret', en: 'Summer job in the warehouse' },
  description: { fi: 'Tule takaisin **kesäksi**.', sv: '', en: 'Come back for the **summer**. <script>alert(1)</script>' },
  department: 'Logistics',
  location: 'Vantaa',
  remote: false,
  type: 'summer',
  opensOn: daysFromToday(-1),
  closesOn: daysFromToday(30),
  status: 'published',
  ...o,
});

async function post(o: Partial<JobBody> = {}) {
  const res = await recruiter.post(apiPaths.adminJobs, jobBody(o));
  expect(res.statusCode, res.body).toBe(201);
  return bodyOf(res, ZAdminJob);
}

const put = (agent: Agent, url: string, payload: unknown) => agent.request({ method: 'PUT', url, payload: payload as Record<string, unknown> });
const del = (agent: Agent, url: string) => agent.request({ method: 'DELETE', url });

beforeAll(async () => {
  t = await startTestApp();
  recruiter = (await signInAs(t, 'recruiter')).agent;
  memberA = (await signInAs(t, { role: 'member', firstName: 'Aino', lastName: 'Ahonen' })).agent;
  memberB = (await signInAs(t, { role: 'member', firstName: 'Bertil', lastName: 'Berg', language: 'sv' })).agent;
  memberAId = bodyOf(await memberA.get(apiPaths.session), ZSessionInfo).user.id;
});
afterAll(async () => {
  await t.close();
});

describe('postings', () => {
  it('posts a job with the author as contact, audited, and counts start at zero', async () => {
    const job = await post();
    expect(job).toMatchObject({ status: 'published', type: 'summer', department: 'Logistics', counts: { interests: 0, referrals: 0, shareVisits: 0 } });
    expect(job.contact?.email).toMatch(/^recruiter\./);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.objectId, job.id));
    expect(audit.map((a) => a.action)).toEqual(['job.created']);
  });

  it('refuses bad postings with the field named and writes nothing', async () => {
    const before = (await t.db.select().from(jobs)).length;
    const cases: Array<[Partial<JobBody>, string]> = [
      [{ title: { fi: '', sv: '', en: '' } }, 'title.fi'],
      [{ closesOn: daysFromToday(-10) }, 'closesOn'],
      [{ applyUrl: 'javascript:alert(1)' }, 'applyUrl'],
      [{ type: 'gig' as JobBody['type'] }, 'type'],
      [{ contactId: memberAId }, 'contactId'],
    ];
    for (const [o, field] of cases) {
      const res = await recruiter.post(apiPaths.adminJobs, jobBody(o));
      expect(res.statusCode, field).toBe(400);
      expect(errorOf(res).details?.map((d) => d.path), field).toContain(field);
    }
    expect((await t.db.select().from(jobs)).length).toBe(before);
  });

  it('reads a posting past its closing day as closed, and deletes only drafts', async () => {
    const past = await post({ opensOn: daysFromToday(-20), closesOn: daysFromToday(-1) });
    expect(past.status).toBe('closed');
    const closed = bodyOf(await recruiter.get(`${apiPaths.adminJobs}?status=closed&limit=100`), ZAdminJobPage);
    expect(closed.items.map((j) => j.id)).toContain(past.id);
    expect(errorOf(await del(recruiter, apiPaths.adminJob(past.id))).code).toBe('rule_broken');
    const draft = await post({ status: 'draft' });
    expect((await del(recruiter, apiPaths.adminJob(draft.id))).statusCode).toBe(204);
    expect((await recruiter.get(apiPaths.adminJob(draft.id))).statusCode).toBe(404);
  });
});

describe('the job board', () => {
  it('shows only open postings, filtered and searched, in the member’s language', async () => {
    const summer = await post({ department: 'Board test dept', location: 'Oulu' });
    const remote = await post({ type: 'flexible', remote: true, department: 'Board test dept', location: 'Tampere', title: { fi: 'Joustava asiantuntijatyö', sv: 'Flexibelt expertjobb', en: 'Flexible expert work' } });
    const draft = await post({ status: 'draft', department: 'Board test dept' });
    const future = await post({ opensOn: daysFromToday(5), department: 'Board test dept' });
    const ids = async (agent: Agent, query: string) =>
      bodyOf(await agent.get(`${apiPaths.jobs}?limit=100&department=Board%20test%20dept${query}`), ZBoardJobPage).items.map((j) => j.id);
    expect((await ids(memberA, '')).sort()).toEqual([summer.id, remote.id].sort());
    expect(await ids(memberA, '&remote=true')).toEqual([remote.id]);
    expect(await ids(memberA, '&type=summer')).toEqual([summer.id]);
    expect(await ids(memberA, '&q=expert')).toEqual([remote.id]);
    expect(await ids(memberA, '&q=100%25')).toEqual([]);
    const sv = bodyOf(await memberB.get(`${apiPaths.jobs}?limit=100&department=Board%20test%20dept&type=flexible`), ZBoardJobPage);
    expect(sv.items[0]?.title).toBe('Flexibelt expertjobb');
    expect(bodyOf(await memberA.get(apiPaths.jobFacets), ZBoardFacets).locations).toEqual(expect.arrayContaining(['Oulu', 'Tampere']));
    for (const hidden of [draft.id, future.id]) expect((await memberA.get(apiPaths.job(hidden))).statusCode).toBe(404);
    const page = bodyOf(await memberA.get(apiPaths.job(summer.id)), ZJobPage);
    // Aino reads English; the description's Markdown is rendered, its HTML dropped.
    expect(page.html).toMatch(/<strong[^>]*>summer<\/strong>/);
    expect(page.html).not.toContain('<script');
    expect(page.contact?.email).toMatch(/^recruiter\./);
  });

  it('keeps unverified members off the board', async () => {
    const { agent } = await signInAs(t, { role: 'member', verification: 'unverified' });
    expect((await agent.get(apiPaths.jobs)).statusCode).toBe(403);
  });
});

describe('interest, referrals and share links', () => {
  it('credits an interest to the member whose link brought it, and the member withdraws it', async () => {
    const job = await post();
    const share = bodyOf(await memberA.post(apiPaths.jobShare(job.id)), ZShareLink);
    // Asking again gives the same link.
    expect(bodyOf(await memberA.post(apiPaths.jobShare(job.id)), ZShareLink).code).toBe(share.code);
    const visit = await t.app.inject({ url: apiPaths.shareVisit(share.code) });
    expect(visit.statusCode).toBe(302);
    expect(visit.headers.location).toBe(`/jobs/${job.id}?ref=${share.code}`);
    const forged = await t.app.inject({ url: apiPaths.shareVisit('ZZZZZZZZZZZZZZZZ') });
    expect(forged.headers.location).toBe('/jobs');

    expect(errorOf(await put(memberB, apiPaths.jobInterest(job.id), { via: 'not-a-code' })).code).toBe('validation_failed');
    const own = bodyOf(await put(memberB, apiPaths.jobInterest(job.id), { message: 'Olisin kiinnostunut', via: share.code }), ZOwnInterest);
    expect(own).toMatchObject({ status: 'new', message: 'Olisin kiinnostunut' });
    // Idempotent: again changes the message, still one row.
    await put(memberB, apiPaths.jobInterest(job.id), { message: 'Hyvin kiinnostunut' });
    expect(await t.db.select().from(jobInterests).where(eq(jobInterests.jobId, job.id))).toHaveLength(1);

    const link = bodyOf(await memberA.post(apiPaths.jobShare(job.id)), ZShareLink);
    expect(link).toMatchObject({ visits: 1, interests: 1 });
    const responses = bodyOf(await recruiter.get(apiPaths.adminJobResponses(job.id)), ZJobResponses);
    expect(responses.interests).toHaveLength(1);
    expect(responses.interests[0]).toMatchObject({ message: 'Hyvin kiinnostunut', member: { name: 'Bertil Berg' }, sharedBy: { name: 'Aino Ahonen' } });
    expect(bodyOf(await recruiter.get(apiPaths.adminJob(job.id)), ZAdminJob).counts).toEqual({ interests: 1, referrals: 0, shareVisits: 1 });

    const interestId = responses.interests[0]?.id ?? '';
    expect((await recruiter.patch(apiPaths.adminInterest(interestId), { status: 'contacted' })).statusCode).toBe(204);
    expect(bodyOf(await memberB.get(apiPaths.myJobActivity), ZOwnJobActivity).interests.find((i) => i.jobId === job.id)?.status).toBe('contacted');
    expect((await del(memberB, apiPaths.jobInterest(job.id))).statusCode).toBe(204);
    expect(bodyOf(await memberB.get(apiPaths.myJobActivity), ZOwnJobActivity).interests.find((i) => i.jobId === job.id)?.status).toBe('withdrawn');
    expect(errorOf(await recruiter.patch(apiPaths.adminInterest(interestId), { status: 'in_review' })).code).toBe('rule_broken');
    // Another member never sees it.
    expect(bodyOf(await memberA.get(apiPaths.myJobActivity), ZOwnJobActivity).interests.find((i) => i.jobId === job.id)).toBeUndefined();
  });

  it('refuses interest in a closed or draft posting, writing nothing', async () => {
    const closed = await post({ opensOn: daysFromToday(-20), closesOn: daysFromToday(-1) });
    const draft = await post({ status: 'draft' });
    expect(errorOf(await put(memberA, apiPaths.jobInterest(closed.id), {})).code).toBe('rule_broken');
    expect((await put(memberA, apiPaths.jobInterest(draft.id), {})).statusCode).toBe(404);
    expect(await t.db.select().from(jobInterests).where(eq(jobInterests.jobId, closed.id))).toHaveLength(0);
  });

  it('takes a referral once, and tells when the person is already a member', async () => {
    const job = await post();
    const existing = await createUser(t.db, { email: `Already.${Date.now()}@test.example` });
    const refused = await memberA.post(apiPaths.jobReferrals(job.id), { name: 'Jo Jäsen', email: existing.email.toUpperCase(), relation: 'Former colleague' });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).details?.[0]?.code).toBe('already_member');
    const body = { name: 'Uusi Ehdokas', email: `candidate.${Date.now()}@example.org`, relation: 'Former colleague', note: 'Strong in logistics' };
    const ref = bodyOf(await memberA.post(apiPaths.jobReferrals(job.id), body), ZOwnReferral);
    expect(ref).toMatchObject({ status: 'new', name: 'Uusi Ehdokas' });
    expect((await memberA.post(apiPaths.jobReferrals(job.id), body)).statusCode).toBe(409);
    expect(await t.db.select().from(jobReferrals).where(eq(jobReferrals.jobId, job.id))).toHaveLength(1);
    expect((await recruiter.patch(apiPaths.adminReferral(ref.id), { status: 'applied' })).statusCode).toBe(204);
    const mine = bodyOf(await memberA.get(apiPaths.myJobActivity), ZOwnJobActivity);
    expect(mine.referrals.find((r) => r.id === ref.id)?.status).toBe('applied');
    expect(bodyOf(await memberB.get(apiPaths.myJobActivity), ZOwnJobActivity).referrals.find((r) => r.id === ref.id)).toBeUndefined();
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.objectId, ref.id))).map((a) => a.action);
    expect(actions).toEqual(['job.referral_status_changed']);
  });
});
