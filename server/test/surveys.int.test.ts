import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiPaths,
  ZDataExport,
  ZOk,
  ZPortalSurvey,
  ZPortalSurveyList,
  ZSegment,
  ZSurvey,
  ZSurveyOpened,
  ZSurveyPage,
  ZSurveyResults,
  type Language,
  type Survey,
  type SurveyBody,
} from '@alumni/shared';
import { auditLog, consents, surveyParticipants, surveyResponses, surveys } from '../src/db/schema.js';
import type { CaughtMail } from '../src/mail/catcher.js';
import { Agent, bodyOf, errorOf, mailTo, signInAs, startTestApp, type TestApp } from './helpers.js';
import { ledger, settled } from './events-kit.js';

let t: TestApp;
let hr: Agent;
let hrId: string;
beforeAll(async () => {
  t = await startTestApp();
  const signedIn = await signInAs(t, { role: 'hr', firstName: 'Hanna' });
  hr = signedIn.agent;
  hrId = signedIn.user.id;
});
afterAll(async () => {
  await t.close();
});

/** A signed-in, verified member in the city, with the newsletter consent unless `newsletter: false`. */
async function alumnus(city: string, o: { language?: Language; newsletter?: boolean; firstName?: string } = {}) {
  const { agent, user } = await signInAs(t, { role: 'member', language: o.language ?? 'en', firstName: o.firstName ?? 'Test', member: { city } });
  if (o.newsletter !== false) await t.db.insert(consents).values({ memberId: user.id, channel: 'newsletter', granted: true, source: 'profile' });
  return { agent, user };
}

const newCity = () => `Survey city ${randomBytes(4).toString('hex')}`;

async function segmentOf(city: string): Promise<string> {
  const res = await hr.post(apiPaths.adminSegments, { name: `People of ${city}`, filters: { cities: [city] } });
  return bodyOf(res, ZSegment).id;
}

const nextYear = new Date().getFullYear() + 1;
/** 15 June next year, 12.00 in Helsinki (summer time, UTC+3). */
const closesAt = `${nextYear}-06-15T09:00:00.000Z`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const options = (prefix: string) => [
  { id: 'o1', label: { fi: `${prefix} yksi`, sv: `${prefix} ett`, en: `${prefix} one` } },
  { id: 'o2', label: { fi: `${prefix} kaksi`, sv: `${prefix} två`, en: `${prefix} two` } },
  { id: 'o3', label: { fi: `${prefix} kolme`, sv: `${prefix} tre`, en: `${prefix} three` } },
];

/** A survey with every kind of question: a required scale and single choice, an optional multiple choice and text. */
const surveyBody = (o: Partial<SurveyBody> = {}): SurveyBody => ({
  title: { fi: 'Alumnikysely', sv: 'Alumnenkät', en: 'Alumni survey' },
  intro: { fi: 'Kerro mielipiteesi.', sv: 'Berätta vad du tycker.', en: 'Tell us what you think.' },
  anonymous: false,
  segmentId: null,
  closesAt,
  questions: [
    { id: 'scale', kind: 'scale', prompt: { fi: 'Kuinka tyytyväinen olet?', en: 'How happy are you?' }, scaleMax: 5 },
    { id: 'single', kind: 'single', prompt: { fi: 'Mikä kiinnostaa eniten?', en: 'What interests you most?' }, options: options('Valinta') },
    { id: 'multiple', kind: 'multiple', required: false, prompt: { fi: 'Mitä muuta?', en: 'What else?' }, options: options('Monivalinta') },
    { id: 'text', kind: 'text', required: false, prompt: { fi: 'Terveiset', en: 'Greetings' } },
  ],
  ...o,
});

async function create(o: Partial<SurveyBody> = {}): Promise<Survey> {
  const res = await hr.post(apiPaths.adminSurveys, surveyBody(o));
  if (res.statusCode !== 201) throw new Error(`survey not created: ${res.statusCode} ${res.body}`);
  return bodyOf(res, ZSurvey);
}

async function opened(o: Partial<SurveyBody> = {}): Promise<Survey> {
  const s = await create(o);
  const res = await hr.post(apiPaths.adminSurveyOpen(s.id));
  if (res.statusCode !== 200) throw new Error(`survey not opened: ${res.statusCode} ${res.body}`);
  return bodyOf(res, ZSurveyOpened).survey;
}

const answer = (agent: Agent, id: string, answers: Record<string, unknown>) => agent.post(apiPaths.surveyAnswer(id), { answers });

async function stored(surveyId: string) {
  const responses = await t.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId));
  const participants = await t.db.select().from(surveyParticipants).where(eq(surveyParticipants.surveyId, surveyId));
  return { responses, participants };
}

const auditActions = async (surveyId: string) =>
  (await t.db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(and(eq(auditLog.objectType, 'survey'), eq(auditLog.objectId, surveyId))).orderBy(auditLog.id)).map(
    (a) => a.action,
  );

/** A header as the mail carried it, unfolded. */
const header = (m: CaughtMail, name: string): string => {
  const head = m.raw.split(/\r?\n\r?\n/)[0] ?? '';
  const found = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head);
  return (found?.[1] ?? '').replace(/\r?\n[ \t]+/g, ' ').trim();
};

/** The SQLSTATE a statement failed with (the driver's error may be wrapped), or null when it succeeded. */
async function sqlStateOf(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (err) {
    for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    }
    return 'unknown';
  }
}

const csvLines = (body: string) => body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('a named survey from draft to closed', () => {
  it('is written, opened to a segment’s consenting members by mail, answered in the portal, counted exactly, exported and closed', async () => {
    const city = newCity();
    const segmentId = await segmentOf(city);
    const aino = await alumnus(city, { language: 'fi', firstName: 'Aino' });
    const bertil = await alumnus(city, { language: 'sv', firstName: 'Bertil' });
    const carol = await alumnus(city, { newsletter: false, firstName: 'Carol' });
    const elsewhere = await alumnus(newCity(), { firstName: 'Dave' });

    // A draft, then a whole new body for it.
    const draft = await create({ segmentId, title: { fi: 'Luonnos', sv: '', en: 'Draft' } });
    expect(draft).toMatchObject({ status: 'draft', openedAt: null, responses: 0, mailed: 0, segmentId, segmentName: `People of ${city}`, anonymous: false });
    const edited = await hr.patch(apiPaths.adminSurvey(draft.id), surveyBody({ segmentId }));
    expect(edited.statusCode).toBe(200);
    expect(bodyOf(edited, ZSurvey).title).toEqual(surveyBody().title);
    // A draft takes a whole body, not only a closing time; a bad body names its field.
    const partial = await hr.patch(apiPaths.adminSurvey(draft.id), { closesAt: inDays(3) });
    expect(partial.statusCode).toBe(400);
    expect(errorOf(partial).details?.map((d) => d.path)).toEqual(expect.arrayContaining(['title', 'questions']));
    const past = await hr.patch(apiPaths.adminSurvey(draft.id), surveyBody({ segmentId, closesAt: inDays(-1) }));
    expect(past.statusCode).toBe(422);
    expect(errorOf(past).details?.[0]?.path).toBe('closesAt');

    // Before it opens, members do not see it.
    expect((await aino.agent.get(apiPaths.survey(draft.id))).statusCode).toBe(404);
    expect(bodyOf(await aino.agent.get(apiPaths.surveys), ZPortalSurveyList).items.map((i) => i.id)).not.toContain(draft.id);
    expect((await answer(aino.agent, draft.id, { scale: 3, single: 'o1' })).statusCode).toBe(404);

    const openRes = await hr.post(apiPaths.adminSurveyOpen(draft.id));
    expect(openRes.statusCode).toBe(200);
    const { survey, queued } = bodyOf(openRes, ZSurveyOpened);
    expect(queued).toBe(2);
    expect(survey.status).toBe('open');
    expect(survey.openedAt).not.toBeNull();
    expect((await hr.post(apiPaths.adminSurveyOpen(draft.id))).statusCode).toBe(409);

    // The mails: in each member's language, with the survey's texts, the closing time in Helsinki and the link.
    const fiMail = await t.mail.waitFor(mailTo(aino.user.email, /Alumnikysely/));
    expect(fiMail.subject).toBe(`Kysely: Alumnikysely – ${t.config.orgName}`);
    expect(fiMail.text).toContain('Hei Aino,');
    expect(fiMail.text).toContain('Kerro mielipiteesi.');
    expect(fiMail.text).toContain(`15.6.${nextYear} klo 12.00`);
    expect(fiMail.text).toContain(`Vastaa kyselyyn: http://localhost:3000/surveys/${survey.id}`);
    expect(fiMail.html).toContain(`href="http://localhost:3000/surveys/${survey.id}"`);
    expect(fiMail.text).not.toContain('nimetön');
    expect(header(fiMail, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:3000\/api\/v1\/.+>$/);
    expect(header(fiMail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(fiMail.text).toContain('uutiskirjeen');
    const svMail = await t.mail.waitFor(mailTo(bertil.user.email, /Alumnenkät/));
    expect(svMail.subject).toBe(`Enkät: Alumnenkät – ${t.config.orgName}`);
    expect(svMail.text).toContain('Berätta vad du tycker.');
    await settled(t, `survey:${survey.id}`);
    const rows = await ledger(t, `survey:${survey.id}`);
    expect(rows.map((r) => r.member_id).sort()).toEqual([aino.user.id, bertil.user.id].sort());
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    for (const nobody of [carol, elsewhere]) expect(t.mail.list().filter((m) => m.to.includes(nobody.user.email.toLowerCase()))).toEqual([]);
    expect(bodyOf(await hr.get(apiPaths.adminSurvey(survey.id)), ZSurvey)).toMatchObject({ mailed: 2, responses: 0, status: 'open' });

    // The portal: the audience sees it (with or without the newsletter), others do not.
    const listed = bodyOf(await carol.agent.get(apiPaths.surveys), ZPortalSurveyList).items.find((i) => i.id === survey.id);
    expect(listed).toMatchObject({ open: true, answered: false, anonymous: false });
    expect(bodyOf(await aino.agent.get(apiPaths.survey(survey.id)), ZPortalSurvey).questions.map((q) => q.id)).toEqual(['scale', 'single', 'multiple', 'text']);
    expect(bodyOf(await elsewhere.agent.get(apiPaths.surveys), ZPortalSurveyList).items.map((i) => i.id)).not.toContain(survey.id);
    expect((await elsewhere.agent.get(apiPaths.survey(survey.id))).statusCode).toBe(404);
    expect((await answer(elsewhere.agent, survey.id, { scale: 1, single: 'o1' })).statusCode).toBe(404);

    // Three answers: every kind of question, skipped optional ones, a text that looks like a formula.
    const a = await answer(aino.agent, survey.id, { scale: 5, single: 'o1', multiple: ['o3', 'o1'], text: '  Kiitos!  ' });
    expect(a.statusCode).toBe(200);
    expect(bodyOf(a, ZOk)).toEqual({ ok: true });
    expect((await answer(bertil.agent, survey.id, { scale: 3, single: 'o2', multiple: ['o3'], text: '=1+1' })).statusCode).toBe(200);
    expect((await answer(carol.agent, survey.id, { scale: 4, single: 'o1', multiple: [], text: '' })).statusCode).toBe(200);
    expect(bodyOf(await aino.agent.get(apiPaths.survey(survey.id)), ZPortalSurvey).answered).toBe(true);
    // Stored as checked: trimmed, choices in the question's order, skipped ones left out.
    const named = await t.db.select().from(surveyResponses).where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.memberId, aino.user.id)));
    expect(named[0]?.answers).toEqual({ scale: 5, single: 'o1', multiple: ['o1', 'o3'], text: 'Kiitos!' });
    expect(named[0]?.submittedAt).toBeInstanceOf(Date);
    const carolRow = await t.db.select().from(surveyResponses).where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.memberId, carol.user.id)));
    expect(carolRow[0]?.answers).toEqual({ scale: 4, single: 'o1' });

    // Members never see results.
    expect((await aino.agent.get(apiPaths.adminSurveyResults(survey.id))).statusCode).toBe(403);

    const results = bodyOf(await hr.get(apiPaths.adminSurveyResults(survey.id)), ZSurveyResults);
    expect(results).toMatchObject({ surveyId: survey.id, anonymous: false, responses: 3, audience: 3 });
    const [scale, single, multiple, text] = results.questions;
    expect(scale).toEqual({
      questionId: 'scale',
      kind: 'scale',
      answered: 3,
      options: [],
      scale: [1, 2, 3, 4, 5].map((value) => ({ value, count: value >= 3 ? 1 : 0 })),
      average: 4,
      texts: [],
    });
    expect(single).toEqual({ questionId: 'single', kind: 'single', answered: 3, options: [{ id: 'o1', count: 2 }, { id: 'o2', count: 1 }, { id: 'o3', count: 0 }], scale: [], average: null, texts: [] });
    expect(multiple).toEqual({ questionId: 'multiple', kind: 'multiple', answered: 2, options: [{ id: 'o1', count: 1 }, { id: 'o2', count: 0 }, { id: 'o3', count: 2 }], scale: [], average: null, texts: [] });
    // A named survey's texts come oldest first.
    expect(text).toEqual({ questionId: 'text', kind: 'text', answered: 2, options: [], scale: [], average: null, texts: ['Kiitos!', '=1+1'] });

    const csv = await hr.get(apiPaths.adminSurveyExport(survey.id));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="survey-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.csv"$/);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = csvLines(csv.body);
    expect(lines[0]).toBe('"first_name";"last_name";"email";"submitted_at";"Kuinka tyytyväinen olet?";"Mikä kiinnostaa eniten?";"Mitä muuta?";"Terveiset"');
    expect(lines).toHaveLength(4);
    const stamp = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;
    const cells = lines.slice(1).map((l) => l.split(';').map((c) => c.replace(/^"|"$/g, '')));
    expect(cells.map((c) => [c[0], c[2], c[4], c[5], c[6], c[7]])).toEqual([
      ['Aino', aino.user.email, '5', 'Valinta yksi', 'Monivalinta yksi, Monivalinta kolme', 'Kiitos!'],
      ['Bertil', bertil.user.email, '3', 'Valinta kaksi', 'Monivalinta kolme', "'=1+1"],
      ['Carol', carol.user.email, '4', 'Valinta yksi', '', ''],
    ]);
    for (const c of cells) expect(c[3]).toMatch(stamp);

    // Open: only the closing time moves, and only forward.
    const whole = await hr.patch(apiPaths.adminSurvey(survey.id), surveyBody({ segmentId }));
    expect(whole.statusCode).toBe(409);
    expect(errorOf(whole).message).toMatch(/only its closing time/);
    expect((await hr.patch(apiPaths.adminSurvey(survey.id), { closesAt: inDays(-1) })).statusCode).toBe(422);
    const later = inDays(30);
    const moved = await hr.patch(apiPaths.adminSurvey(survey.id), { closesAt: later });
    expect(moved.statusCode).toBe(200);
    expect(new Date(bodyOf(moved, ZSurvey).closesAt).getTime()).toBe(new Date(later).getTime());
    expect((await hr.request({ method: 'DELETE', url: apiPaths.adminSurvey(survey.id) })).statusCode).toBe(409);

    const closed = await hr.post(apiPaths.adminSurveyClose(survey.id));
    expect(closed.statusCode).toBe(200);
    expect(bodyOf(closed, ZSurvey)).toMatchObject({ status: 'closed', responses: 3 });
    expect((await hr.post(apiPaths.adminSurveyClose(survey.id))).statusCode).toBe(409);
    expect((await hr.patch(apiPaths.adminSurvey(survey.id), { closesAt: inDays(5) })).statusCode).toBe(409);
    expect(bodyOf(await hr.get(`${apiPaths.adminSurveys}?status=closed&limit=100`), ZSurveyPage).items.map((i) => i.id)).toContain(survey.id);
    expect(bodyOf(await hr.get(`${apiPaths.adminSurveys}?status=open&limit=100`), ZSurveyPage).items.map((i) => i.id)).not.toContain(survey.id);

    // After closing: those who answered still see it; a late answer is refused and writes nothing.
    expect(bodyOf(await aino.agent.get(apiPaths.surveys), ZPortalSurveyList).items.find((i) => i.id === survey.id)).toMatchObject({ open: false, answered: true });
    const late = await alumnus(city);
    expect(bodyOf(await late.agent.get(apiPaths.surveys), ZPortalSurveyList).items.map((i) => i.id)).not.toContain(survey.id);
    expect(bodyOf(await late.agent.get(apiPaths.survey(survey.id)), ZPortalSurvey)).toMatchObject({ open: false, answered: false });
    const refused = await answer(late.agent, survey.id, { scale: 2, single: 'o3' });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('survey_closed');
    const after = await stored(survey.id);
    expect([after.responses.length, after.participants.length]).toEqual([3, 3]);

    expect(await auditActions(survey.id)).toEqual([
      'survey.created',
      'survey.updated',
      'survey.opened',
      'survey.results_viewed',
      'survey.results_exported',
      'survey.updated',
      'survey.closed',
    ]);
    const [openedEntry] = await t.db.select().from(auditLog).where(and(eq(auditLog.objectId, survey.id), eq(auditLog.action, 'survey.opened')));
    expect(openedEntry).toMatchObject({ actorId: hrId, data: { audience: 3, queued: 2 } });
  });

  it('lists newest first in keyset pages and deletes drafts only', async () => {
    const made = [await create(), await create(), await create()];
    const first = bodyOf(await hr.get(`${apiPaths.adminSurveys}?status=draft&limit=2`), ZSurveyPage);
    expect(first.items.map((i) => i.id)).toEqual([made[2]?.id, made[1]?.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = bodyOf(await hr.get(`${apiPaths.adminSurveys}?status=draft&limit=2&cursor=${first.nextCursor ?? ''}`), ZSurveyPage);
    expect(second.items[0]?.id).toBe(made[0]?.id);
    const gone = made[0]?.id ?? '';
    expect((await hr.request({ method: 'DELETE', url: apiPaths.adminSurvey(gone) })).statusCode).toBe(204);
    expect((await hr.get(apiPaths.adminSurvey(gone))).statusCode).toBe(404);
    expect(await auditActions(gone)).toEqual(['survey.created', 'survey.deleted']);
    expect((await hr.post(apiPaths.adminSurveyClose(made[1]?.id ?? ''))).statusCode).toBe(409);
    expect((await hr.post(apiPaths.adminSurveys, surveyBody({ closesAt: inDays(-1) }))).statusCode).toBe(422);
    expect((await hr.post(apiPaths.adminSurveys, surveyBody({ segmentId: '00000000-0000-4000-8000-000000000000' }))).statusCode).toBe(400);
  });
});

describe('answering once', () => {
  it('refuses a second answer with 409 already_answered and keeps one row, also when two race', async () => {
    const city = newCity();
    const survey = await opened({ segmentId: await segmentOf(city) });
    const once = await alumnus(city);
    expect((await answer(once.agent, survey.id, { scale: 2, single: 'o2' })).statusCode).toBe(200);
    const twice = await answer(once.agent, survey.id, { scale: 5, single: 'o1' });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).code).toBe('already_answered');
    const racer = await alumnus(city);
    const both = await Promise.all([answer(racer.agent, survey.id, { scale: 1, single: 'o1' }), answer(racer.agent, survey.id, { scale: 4, single: 'o3' })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const rows = await stored(survey.id);
    expect(rows.responses.map((r) => r.memberId).sort()).toEqual([once.user.id, racer.user.id].sort());
    expect(rows.responses.find((r) => r.memberId === once.user.id)?.answers).toEqual({ scale: 2, single: 'o2' });
    expect(rows.participants).toHaveLength(2);
  });
});

describe('answers that do not fit their questions', () => {
  const valid = { scale: 3, single: 'o1', multiple: ['o2'], text: 'Fine' };
  const cases: Array<{ name: string; answers: Record<string, unknown>; path: string; code?: string }> = [
    { name: 'an unknown question', answers: { ...valid, nosuch: 1 }, path: 'answers.nosuch', code: 'unknown_question' },
    { name: 'a wrong type for a scale', answers: { ...valid, scale: 'o1' }, path: 'answers.scale', code: 'invalid_type' },
    { name: 'a scale point above the maximum', answers: { ...valid, scale: 6 }, path: 'answers.scale', code: 'out_of_range' },
    { name: 'a scale point below 1', answers: { ...valid, scale: 0 }, path: 'answers.scale', code: 'out_of_range' },
    { name: 'a scale point that is not a whole number', answers: { ...valid, scale: 2.5 }, path: 'answers.scale' },
    { name: 'an option the question does not have', answers: { ...valid, single: 'o9' }, path: 'answers.single', code: 'unknown_option' },
    { name: 'a list for a single choice', answers: { ...valid, single: ['o1'] }, path: 'answers.single', code: 'invalid_type' },
    { name: 'a number for a single choice', answers: { ...valid, single: 1 }, path: 'answers.single', code: 'invalid_type' },
    { name: 'the same option twice in a multiple choice', answers: { ...valid, multiple: ['o1', 'o1'] }, path: 'answers.multiple', code: 'duplicate' },
    { name: 'an unknown option in a multiple choice', answers: { ...valid, multiple: ['o1', 'o7'] }, path: 'answers.multiple', code: 'unknown_option' },
    { name: 'one option, not a list, for a multiple choice', answers: { ...valid, multiple: 'o1' }, path: 'answers.multiple', code: 'invalid_type' },
    { name: 'a text over the limit', answers: { ...valid, text: 'x'.repeat(4001) }, path: 'answers.text' },
    { name: 'an empty text for a required question', answers: { ...valid, text: '   ' }, path: 'answers.text', code: 'required' },
    { name: 'a number for a text', answers: { ...valid, text: 5 }, path: 'answers.text', code: 'invalid_type' },
    { name: 'a required question left out', answers: { scale: 3, text: 'Fine' }, path: 'answers.single', code: 'required' },
  ];

  let surveyId = '';
  let member: Awaited<ReturnType<typeof alumnus>>;
  beforeAll(async () => {
    const city = newCity();
    const body = surveyBody({ segmentId: await segmentOf(city) });
    // Here the text is required too.
    body.questions = body.questions.map((q) => (q.id === 'text' ? { ...q, required: true } : q));
    surveyId = (await opened(body)).id;
    member = await alumnus(city);
  });

  for (const c of cases) {
    it(`${c.name}: 400 validation_failed on ${c.path}, nothing written`, async () => {
      const audit = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
      const res = await answer(member.agent, surveyId, c.answers);
      expect(res.statusCode).toBe(400);
      const error = errorOf(res);
      expect(error.code).toBe('validation_failed');
      expect(error.details?.map((d) => d.path)).toContain(c.path);
      if (c.code) expect(error.details?.find((d) => d.path === c.path)?.code).toBe(c.code);
      const rows = await stored(surveyId);
      expect([rows.responses.length, rows.participants.length]).toEqual([0, 0]);
      expect(await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)).toEqual(audit);
    });
  }

  it('names every misfit at once, and then takes a fitting answer', async () => {
    const res = await answer(member.agent, surveyId, { scale: 9, single: ['o1'], zz: 'x' });
    expect(errorOf(res).details?.map((d) => d.path).sort()).toEqual(['answers.scale', 'answers.single', 'answers.text', 'answers.zz']);
    expect((await answer(member.agent, surveyId, valid)).statusCode).toBe(200);
  });
});

describe('anonymous surveys', () => {
  it('keep no link between the answer and the member, in the API, the database, the audit log or the member’s export', async () => {
    const city = newCity();
    const one = await alumnus(city);
    const two = await alumnus(city);
    const survey = await opened({ segmentId: await segmentOf(city), anonymous: true });
    const mail = await t.mail.waitFor(mailTo(one.user.email, /Alumni survey/));
    expect(mail.text).toContain('your answers are stored without your name');

    const secret = `secret ${randomBytes(6).toString('hex')}`;
    const auditBefore = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    const res = await answer(one.agent, survey.id, { scale: 1, single: 'o3', text: secret });
    expect(res.statusCode).toBe(200);
    // The reply is the bare acknowledgement: no id of the response.
    expect(res.json()).toEqual({ ok: true });
    expect((await answer(two.agent, survey.id, { scale: 5, single: 'o1', text: 'Another text' })).statusCode).toBe(200);
    expect((await answer(one.agent, survey.id, { scale: 2, single: 'o1' })).statusCode).toBe(409);

    // The rows: no member, no time; the participants hold who, with no answer, no time and no response.
    const { responses, participants } = await stored(survey.id);
    expect(responses).toHaveLength(2);
    for (const r of responses) expect([r.memberId, r.submittedAt]).toEqual([null, null]);
    expect(participants.map((p) => p.memberId).sort()).toEqual([one.user.id, two.user.id].sort());
    const columns = await t.db.execute<{ column_name: string }>(sql`
      select column_name from information_schema.columns where table_schema = 'public' and table_name = 'survey_participants' order by ordinal_position`);
    expect(columns.rows.map((c) => c.column_name)).toEqual(['survey_id', 'member_id']);

    // No table anywhere (the queue's included) holds a response id, except survey_responses itself.
    const tables = await t.db.execute<{ schema: string; name: string }>(sql`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_schema in ('public', 'pgboss') and table_type = 'BASE TABLE'`);
    expect(tables.rows.some((x) => x.schema === 'pgboss')).toBe(true);
    for (const r of responses) {
      for (const table of tables.rows) {
        if (table.schema === 'public' && table.name === 'survey_responses') continue;
        const found = await t.db.execute<{ n: number }>(
          sql`select count(*)::int as n from ${sql.identifier(table.schema)}.${sql.identifier(table.name)} x where to_jsonb(x)::text like ${`%${r.id}%`}`,
        );
        expect(found.rows[0]?.n, `${table.schema}.${table.name}`).toBe(0);
      }
    }

    // The database itself refuses a response that names a member or a time.
    const direct = (values: Record<string, unknown>) =>
      t.db.execute(sql`insert into survey_responses (survey_id, member_id, answers, submitted_at)
        values (${survey.id}, ${values.memberId ?? null}, '{}'::jsonb, ${values.submittedAt ?? null})`);
    expect(await sqlStateOf(direct({ memberId: one.user.id }))).toBe('23514');
    expect(await sqlStateOf(direct({ submittedAt: new Date().toISOString() }))).toBe('23514');
    const [first] = responses;
    expect(await sqlStateOf(t.db.execute(sql`update survey_responses set member_id = ${one.user.id} where id = ${first?.id ?? ''}`))).toBe('23514');
    expect((await stored(survey.id)).responses).toHaveLength(2);

    // Answering wrote nothing to the audit log, and the logs do not name the response.
    expect(await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog)).toEqual(auditBefore);
    const logText = JSON.stringify(t.logs);
    for (const r of responses) expect(logText).not.toContain(r.id);
    expect(logText).not.toContain(secret);

    // The member's data export says they took part, but holds no answer of theirs.
    const exported = await one.agent.get(apiPaths.accountExport);
    const data = bodyOf(exported, ZDataExport);
    expect(data.tables.survey_responses).toEqual([]);
    expect(data.tables.survey_participants).toEqual([{ survey_id: survey.id, member_id: one.user.id }]);
    expect(exported.body).not.toContain(secret);
    for (const r of responses) expect(exported.body).not.toContain(r.id);

    // Results and the export: the texts in some order, and no column about anyone.
    const results = bodyOf(await hr.get(apiPaths.adminSurveyResults(survey.id)), ZSurveyResults);
    expect(results.anonymous).toBe(true);
    expect([...(results.questions.find((q) => q.questionId === 'text')?.texts ?? [])].sort()).toEqual(['Another text', secret].sort());
    const csv = csvLines((await hr.get(apiPaths.adminSurveyExport(survey.id))).body);
    expect(csv[0]).toBe('"Kuinka tyytyväinen olet?";"Mikä kiinnostaa eniten?";"Mitä muuta?";"Terveiset"');
    expect(csv).toHaveLength(3);
    expect(csv.join('\n')).not.toContain(one.user.email);
    expect(csv.slice(1).sort()).toEqual(['"1";"Valinta kolme";"";"' + secret + '"', '"5";"Valinta yksi";"";"Another text"'].sort());

    // Erasing the member leaves the anonymous answer, which never named them.
    expect((await hr.post(apiPaths.adminMemberErase(one.user.id), { reason: 'Asked by mail' })).statusCode).toBe(200);
    const left = await stored(survey.id);
    expect(left.responses).toHaveLength(2);
    expect(left.participants.map((p) => p.memberId)).toEqual([two.user.id]);
  });

  it('results of an anonymous survey come in a shuffled order', async () => {
    const city = newCity();
    const survey = await opened({ segmentId: await segmentOf(city), anonymous: true });
    const texts: string[] = [];
    for (let i = 0; i < 8; i++) {
      const m = await alumnus(city);
      texts.push(`text ${i}`);
      expect((await answer(m.agent, survey.id, { scale: 3, single: 'o1', text: `text ${i}` })).statusCode).toBe(200);
    }
    const orders = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const r = bodyOf(await hr.get(apiPaths.adminSurveyResults(survey.id)), ZSurveyResults);
      const got = r.questions.find((q) => q.questionId === 'text')?.texts ?? [];
      expect([...got].sort()).toEqual([...texts].sort());
      orders.add(got.join('|'));
    }
    // Six draws of 8! orders are all the same only if nothing shuffles them.
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('named answers and the member’s data', () => {
  it('are in the member’s export and go when the member is erased', async () => {
    const city = newCity();
    const survey = await opened({ segmentId: await segmentOf(city) });
    const me = await alumnus(city);
    const other = await alumnus(city);
    expect((await answer(me.agent, survey.id, { scale: 4, single: 'o2', text: 'Mine' })).statusCode).toBe(200);
    expect((await answer(other.agent, survey.id, { scale: 2, single: 'o1' })).statusCode).toBe(200);

    const data = bodyOf(await me.agent.get(apiPaths.accountExport), ZDataExport);
    expect(data.tables.survey_responses).toEqual([expect.objectContaining({ survey_id: survey.id, member_id: me.user.id, answers: { scale: 4, single: 'o2', text: 'Mine' } })]);
    expect(data.tables.survey_participants).toEqual([{ survey_id: survey.id, member_id: me.user.id }]);

    expect((await hr.post(apiPaths.adminMemberErase(me.user.id), { reason: 'Request of the member' })).statusCode).toBe(200);
    const left = await stored(survey.id);
    expect(left.responses.map((r) => r.memberId)).toEqual([other.user.id]);
    expect(left.participants.map((p) => p.memberId)).toEqual([other.user.id]);
    expect(bodyOf(await hr.get(apiPaths.adminSurveyResults(survey.id)), ZSurveyResults).responses).toBe(1);
  });
});

describe('access', () => {
  it('keeps recruiters and members out of the console, and staff out of answering', async () => {
    const survey = await opened();
    const { agent: recruiter } = await signInAs(t, 'recruiter');
    const { agent: member } = await signInAs(t, 'member');
    for (const agent of [recruiter, member]) {
      expect((await agent.get(apiPaths.adminSurveys)).statusCode).toBe(403);
      expect((await agent.post(apiPaths.adminSurveys, surveyBody())).statusCode).toBe(403);
      expect((await agent.get(apiPaths.adminSurvey(survey.id))).statusCode).toBe(403);
      expect((await agent.post(apiPaths.adminSurveyClose(survey.id))).statusCode).toBe(403);
      expect((await agent.get(apiPaths.adminSurveyResults(survey.id))).statusCode).toBe(403);
      expect((await agent.get(apiPaths.adminSurveyExport(survey.id))).statusCode).toBe(403);
    }
    const { agent: admin } = await signInAs(t, 'admin');
    expect((await admin.get(apiPaths.adminSurveyResults(survey.id))).statusCode).toBe(200);
    for (const agent of [hr, admin, recruiter]) {
      expect((await agent.get(apiPaths.surveys)).statusCode).toBe(403);
      expect((await agent.get(apiPaths.survey(survey.id))).statusCode).toBe(403);
      expect((await answer(agent, survey.id, { scale: 3, single: 'o1' })).statusCode).toBe(403);
    }
    expect(await t.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, survey.id))).toEqual([]);
    expect((await new Agent(t.app).get(apiPaths.surveys)).statusCode).toBe(401);
    // An unverified member is in no audience.
    const { agent: pending } = await signInAs(t, { role: 'member', verification: 'pending' });
    expect((await pending.get(apiPaths.survey(survey.id))).statusCode).toBe(404);
    expect(await t.db.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, survey.id))).toHaveLength(1);
  });
});
