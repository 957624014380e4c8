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
  ZJobAlert,
  ZSuggestions,
  ZTalentBoard,
  ZTalentFlag,
  type JobBody,
} from '@alumni/shared';
import { jobAlertsJob, jobDigestJob } from '../src/modules/jobs/alerts.js';
import { settled } from './events-kit.js';
import { auditLog, consents, employmentPeriods, jobAlertMatches, jobInterests, jobReferrals, jobs, rehires, talentFlags, talentNotes } from '../src/db/schema.js';
import { Agent, bodyOf, createUser, defaultPassword, errorOf, mailTo, multipart, signInAs, startTestApp, type TestApp } from './helpers.js';

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

describe('suggested alumni', () => {
  it('ranks a matching open-to-return member above a non-matching one and leaves out one who refused contact', async () => {
    const tag = Date.now().toString(36);
    const job = await post({ type: 'project', department: `Data ${tag}`, location: 'Espoo', description: { fi: '', sv: '', en: 'Needs kotlin and postgres.' } });
    const fits = await createUser(t.db, { firstName: 'Fits', member: { openToReturn: true, returnModes: ['project'], skills: ['Kotlin'], city: 'Espoo' } });
    // The member's departments come from their employment periods.
    await t.db.insert(employmentPeriods).values({ memberId: fits.id, department: `Data ${tag}`, title: 'Data engineer', startDate: '2015-01-01', endDate: '2019-12-31' });
    const weak = await createUser(t.db, { firstName: 'Weak', member: { openToReturn: false, city: 'Espoo' } });
    const hidden = await createUser(t.db, { firstName: 'Hidden', member: { openToReturn: true, returnModes: ['project'], city: 'Espoo', directoryVisibility: 'hidden' } });
    // Refused recruiter contact after first allowing it: never suggested, however well they fit.
    const refused = await createUser(t.db, { firstName: 'Refused', member: { openToReturn: true, returnModes: ['project'], city: 'Espoo' } });
    await t.db.insert(consents).values([
      { memberId: refused.id, channel: 'recruiter_contact', granted: true, source: 'profile', createdAt: new Date(Date.now() - 60_000) },
      { memberId: refused.id, channel: 'recruiter_contact', granted: false, source: 'profile' },
    ]);
    const res = bodyOf(await recruiter.get(apiPaths.adminJobSuggestions(job.id)), ZSuggestions);
    const ids = res.items.map((s) => s.userId);
    expect(ids).toContain(fits.id);
    expect(ids).toContain(weak.id);
    expect(ids.indexOf(fits.id)).toBeLessThan(ids.indexOf(weak.id));
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(refused.id);
    expect(res.items.find((s) => s.userId === fits.id)).toMatchObject({ score: 10, reasons: ['open_to_return', 'mode', 'department', 'skills', 'place'] });
    // A hidden profile whose owner allows recruiter contact is suggested.
    await t.db.insert(consents).values({ memberId: hidden.id, channel: 'recruiter_contact', granted: true, source: 'profile' });
    expect(bodyOf(await recruiter.get(apiPaths.adminJobSuggestions(job.id)), ZSuggestions).items.map((s) => s.userId)).toContain(hidden.id);
  });
});

describe('boomerang flags', () => {
  it('flags a member, keeps notes, moves the flag to rehired with the rehire, and forbids what the pipeline does not allow', async () => {
    const job = await post();
    const target = await createUser(t.db, { firstName: 'Paula', lastName: 'Paluu' });
    const created = await recruiter.post(apiPaths.adminFlags, { memberId: target.id, reason: 'Great project lead', tags: ['lead', 'lead', 'data'] });
    expect(created.statusCode, created.body).toBe(201);
    const flag = bodyOf(created, ZTalentFlag);
    expect(flag).toMatchObject({ stage: 'flagged', tags: ['lead', 'data'], member: { name: 'Paula Paluu' } });
    expect((await recruiter.post(apiPaths.adminFlags, { memberId: target.id, reason: 'Again' })).statusCode).toBe(409);

    const noted = bodyOf(await recruiter.post(apiPaths.adminFlagNotes(flag.id), { text: 'Called, interested in spring' }), ZTalentFlag);
    expect(noted.notes.map((n) => n.text)).toEqual(['Called, interested in spring']);

    const move = (body: unknown) => recruiter.post(apiPaths.adminFlagMove(flag.id), body);
    expect(bodyOf(await move({ stage: 'interviewing' }), ZTalentFlag).stage).toBe('interviewing');
    // Two steps back is not a correction but a different story: refused, unchanged.
    const back = await move({ stage: 'flagged' });
    expect(back.statusCode).toBe(422);
    expect(errorOf(back).details?.[0]?.path).toBe('stage');
    expect(bodyOf(await move({ stage: 'contacted' }), ZTalentFlag).stage).toBe('contacted');
    expect(bodyOf(await move({ stage: 'offer' }), ZTalentFlag).stage).toBe('offer');
    // Rehired needs the rehire.
    expect((await move({ stage: 'rehired' })).statusCode).toBe(400);
    const hired = bodyOf(await move({ stage: 'rehired', rehire: { rehiredOn: today(), jobId: job.id, type: 'summer' } }), ZTalentFlag);
    expect(hired).toMatchObject({ stage: 'rehired', rehire: { rehiredOn: today(), jobId: job.id, type: 'summer', jobTitle: 'Summer job in the warehouse' } });
    expect(errorOf(await move({ stage: 'not_now' })).code).toBe('rule_broken');
    expect(await t.db.select().from(rehires).where(eq(rehires.memberId, target.id))).toHaveLength(1);

    const board = bodyOf(await recruiter.get(apiPaths.adminFlags), ZTalentBoard);
    expect(board.items.find((f) => f.id === flag.id)?.stage).toBe('rehired');
    const actions = (await t.db.select().from(auditLog).where(eq(auditLog.objectId, flag.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['talent.flagged', 'talent.note_added', 'talent.flag_moved', 'talent.rehired']));
  });

  it('refuses a flag on an erased member or a non-member, and members never reach flags', async () => {
    const erased = await createUser(t.db, { status: 'erased' });
    expect(errorOf(await recruiter.post(apiPaths.adminFlags, { memberId: erased.id, reason: 'x' })).code).toBe('rule_broken');
    const { user: staffUser } = await signInAs(t, 'hr');
    expect((await recruiter.post(apiPaths.adminFlags, { memberId: staffUser.id, reason: 'x' })).statusCode).toBe(404);
    expect((await memberA.get(apiPaths.adminFlags)).statusCode).toBe(403);
    expect(await t.db.select().from(talentFlags).where(eq(talentFlags.memberId, erased.id))).toHaveLength(0);
  });

  it('puts flags and notes in the member’s own export and erases them with the member', async () => {
    const m = await signInAs(t, { role: 'member', firstName: 'Export' });
    const flag = bodyOf(await recruiter.post(apiPaths.adminFlags, { memberId: m.user.id, reason: 'Knows the warehouse system' }), ZTalentFlag);
    await recruiter.post(apiPaths.adminFlagNotes(flag.id), { text: 'Prefers part-time' });
    const exported = await m.agent.get(apiPaths.accountExport);
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('Knows the warehouse system');
    expect(exported.body).toContain('Prefers part-time');
    expect((await m.agent.post(apiPaths.accountErase, { password: defaultPassword })).statusCode).toBe(200);
    expect(await t.db.select().from(talentFlags).where(eq(talentFlags.memberId, m.user.id))).toHaveLength(0);
    expect(await t.db.select().from(talentNotes).where(eq(talentNotes.flagId, flag.id))).toHaveLength(0);
  });
});

describe('job alerts', () => {
  it('mails each new matching job once to members with the consent, at once or in the weekly digest', async () => {
    const tag = `alert${Date.now().toString(36)}`;
    const withConsent = async (firstName: string, language: 'fi' | 'en' = 'en', consent = true) => {
      const s = await signInAs(t, { role: 'member', firstName, language });
      if (consent) await t.db.insert(consents).values({ memberId: s.user.id, channel: 'job_alerts', granted: true, source: 'profile' });
      return s;
    };
    const now = await withConsent('Immediate', 'fi');
    const weekly = await withConsent('Weekly');
    const noConsent = await withConsent('Silent', 'en', false);
    const criteria = { departments: [tag], types: ['summer'] };
    for (const [m, frequency] of [[now, 'immediate'], [weekly, 'weekly'], [noConsent, 'immediate']] as const) {
      const res = await put(m.agent, apiPaths.jobAlert, { ...criteria, frequency });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(bodyOf(await noConsent.agent.get(apiPaths.jobAlert), ZJobAlert).consent).toBe(false);
    expect((await put(now.agent, apiPaths.jobAlert, { frequency: 'hourly' })).statusCode).toBe(400);

    const match = await post({ department: tag, title: { fi: 'Kesätyö hakuvahdille', sv: '', en: 'Summer job for alerts' } });
    await post({ department: tag, type: 'full_time' }); // does not match the type
    await post({ department: tag, status: 'draft' }); // not open

    await t.queue.send(jobAlertsJob, {});
    const mail = await t.mail.waitFor(mailTo(now.user.email, /Uusi paluutyöpaikka: Kesätyö hakuvahdille/));
    expect(mail.text).toContain(`/jobs/${match.id}`);
    await settled(t, `job-alert:${match.id}`);
    // Run again: nothing more, and nothing ever to the member without the consent.
    await t.queue.send(jobAlertsJob, {});
    await t.queue.send(jobDigestJob, {});
    await t.mail.waitFor(mailTo(weekly.user.email, /This week's new returner jobs \(1\)/));
    await t.queue.send(jobDigestJob, {});
    await new Promise((r) => setTimeout(r, 1500));
    const caught = t.mail.list();
    expect(caught.filter(mailTo(now.user.email))).toHaveLength(1);
    expect(caught.filter(mailTo(weekly.user.email))).toHaveLength(1);
    expect(caught.filter(mailTo(noConsent.user.email))).toHaveLength(0);
    const matches = await t.db.select().from(jobAlertMatches).where(eq(jobAlertMatches.jobId, match.id));
    expect(matches.map((m) => m.memberId).sort()).toEqual([now.user.id, weekly.user.id].sort());
  });
});

describe('CVs with an interest', () => {
  const pdf = (size = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size, 0x20), Buffer.from('\n%%EOF\n')]);
  const uploadCv = (agent: Agent, jobId: string, file: Buffer, filename = 'cv.pdf') =>
    agent.request({ method: 'PUT', url: apiPaths.jobInterestCv(jobId), ...multipart(file, { filename, type: 'application/pdf' }) });

  it('takes a PDF up to 5 MB with an interest, refuses others, and hands it to staff audited', async () => {
    const job = await post();
    // No interest yet: nothing to attach to.
    expect((await uploadCv(memberA, job.id, pdf())).statusCode).toBe(404);
    await put(memberA, apiPaths.jobInterest(job.id), { message: 'CV attached' });
    const notPdf = await uploadCv(memberA, job.id, Buffer.from('MZ this is an executable pretending'), 'cv.pdf');
    expect(notPdf.statusCode).toBe(400);
    expect(errorOf(notPdf).details?.[0]?.path).toBe('file');
    const truncated = await uploadCv(memberA, job.id, Buffer.from('%PDF-1.4\nno end marker'));
    expect(truncated.statusCode).toBe(400);
    const huge = await uploadCv(memberA, job.id, pdf(5 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    const ok = await uploadCv(memberA, job.id, pdf(), '../../Aino Ahonen CV.pdf');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ fileName: 'Aino Ahonen CV.pdf' });

    const responses = bodyOf(await recruiter.get(apiPaths.adminJobResponses(job.id)), ZJobResponses);
    const interest = responses.interests[0];
    expect(interest?.cv?.fileName).toBe('Aino Ahonen CV.pdf');
    const download = await recruiter.get(apiPaths.adminInterestCv(interest?.id ?? ''));
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf())).toBe(true);
    expect((await memberB.get(apiPaths.adminInterestCv(interest?.id ?? ''))).statusCode).toBe(403);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.objectId, interest?.id ?? ''));
    expect(audit.map((a) => a.action)).toContain('job.cv_downloaded');
    // Withdrawn: the CV is no longer handed out.
    await del(memberA, apiPaths.jobInterest(job.id));
    expect((await recruiter.get(apiPaths.adminInterestCv(interest?.id ?? ''))).statusCode).toBe(404);
  });
});
