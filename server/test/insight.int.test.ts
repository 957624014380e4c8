import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZHiresList, apiPaths, insightPanelSchemas, insightPanels, type InsightPanel, type InsightPanels, type UserStatus, type VerificationStatus } from '@alumni/shared';
import { auditLog } from '../src/db/schema.js';
import { resolveRange } from '../src/modules/insight/service.js';
import { Agent, bodyOf, createUser, errorOf, signInAs, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
let hr: Agent;
let admin: Agent;
let hrId: string;
const ids: Record<string, string> = {};

const range = { from: '2020-01-01', to: '2020-04-15' };
const query = (r: { from?: string; to?: string }) => `?${new URLSearchParams(r).toString()}`;
const panelSchemas: { [K in InsightPanel]: z.ZodType<InsightPanels[K]> } = insightPanelSchemas;
const panelOf = async <P extends InsightPanel>(panel: P, r: { from: string; to: string } = range): Promise<InsightPanels[P]> => {
  const res = await hr.get(`${apiPaths.adminInsight(panel)}${query(r)}`);
  expect(res.statusCode).toBe(200);
  const schema: z.ZodType<InsightPanels[P]> = panelSchemas[panel];
  return bodyOf(res, schema);
};
const csvOf = async (panel: InsightPanel, r: { from: string; to: string } = range) => {
  const res = await hr.get(`${apiPaths.adminInsightExport(panel)}${query(r)}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(res.headers['content-disposition']).toBe(`attachment; filename="insight-${panel}-${r.from}-${r.to}.csv"`);
  expect(res.body.startsWith('\uFEFF')).toBe(true);
  return res.body.slice(1).split('\r\n').filter(Boolean);
};
const insightAudit = () => t.db.select().from(auditLog).where(sql`${auditLog.action} like 'insight.%'`).orderBy(auditLog.id);

async function member(name: string, o: { type: string; joined: string; status?: UserStatus; verification?: VerificationStatus; lastLogin?: string }) {
  const u = await createUser(t.db, { status: o.status ?? 'active', verification: o.verification ?? 'verified', lastName: name });
  await t.db.execute(sql`update members set member_type = ${o.type}::member_type, joined_at = ${o.joined}::timestamptz where user_id = ${u.id}`);
  await t.db.execute(sql`update users set created_at = ${o.joined}::timestamptz, last_login_at = ${o.lastLogin ?? null}::timestamptz where id = ${u.id}`);
  ids[name] = u.id;
  return u.id;
}
const id = (name: string) => {
  const v = ids[name];
  if (!v) throw new Error(`no ${name}`);
  return v;
};

beforeAll(async () => {
  t = await startTestApp();
  const signedIn = await signInAs(t, 'hr');
  hr = signedIn.agent;
  hrId = signedIn.user.id;
  admin = (await signInAs(t, 'admin')).agent;

  /* members: A before the range, B/C/D in it (C just after midnight in Helsinki), E pending, F erased, G after */
  await member('A', { type: 'former_employee', joined: '2019-06-01T09:00:00Z' });
  await member('B', { type: 'intern', joined: '2020-01-15T09:00:00Z', lastLogin: '2020-04-10T09:00:00Z' });
  await member('C', { type: 'former_employee', joined: '2020-03-31T22:30:00Z' });
  await member('D', { type: 'retiree', joined: '2020-02-10T09:00:00Z', status: 'suspended', verification: 'unverified', lastLogin: '2020-04-01T09:00:00Z' });
  await member('E', { type: 'contractor', joined: '2020-02-11T09:00:00Z', status: 'pending', verification: 'unverified' });
  await member('F', { type: 'summer_worker', joined: '2020-02-12T09:00:00Z', status: 'erased' });
  await member('G', { type: 'former_employee', joined: '2021-01-05T09:00:00Z' });

  /* invitations from the records: two sent in the range, one just after it, one never sent */
  await t.db.execute(sql`insert into record_invitations (employee_number, email, sent_at) values
    ('E1', 'e1@test.example', '2020-01-05T10:00:00Z'), ('E2', 'e2@test.example', '2020-04-15T20:00:00Z'),
    ('E3', 'e3@test.example', '2020-04-15T21:30:00Z'), ('E4', 'e4@test.example', null)`);

  /* newsletters: two sent in the range (the second without deliveries), one draft */
  const issue = async (subject: string, status: string, startedAt: string | null) => {
    const res = await t.db.execute<{ id: string }>(sql`insert into newsletters (status, subject, preheader, body, blocks, default_language, started_at)
      values (${status}::newsletter_status, ${JSON.stringify({ fi: `${subject} fi`, sv: '', en: `${subject} en` })}::jsonb, '{}'::jsonb, '{}'::jsonb, '{}'::jsonb, 'en', ${startedAt}::timestamptz) returning id`);
    const row = res.rows[0];
    if (!row) throw new Error('no issue');
    ids[subject] = row.id;
    return row.id;
  };
  const n1 = await issue('Spring', 'sent', '2020-02-01T10:00:00Z');
  await issue('Summer', 'sent', '2020-03-01T10:00:00Z');
  await issue('Draft', 'draft', null);
  const deliver = async (who: string, status: string, tracked: number, o: { opened?: boolean; clicked?: boolean; unsubscribed?: boolean } = {}) =>
    t.db.execute(sql`insert into deliveries (message_key, kind, member_id, status, data, opened_at, clicked_at, unsubscribed_at)
      values (${`newsletter:${n1}`}, 'newsletter', ${id(who)}, ${status}::delivery_status, ${JSON.stringify({ newsletterId: n1, tracked })}::jsonb,
        ${o.opened ? '2020-02-02T10:00:00Z' : null}::timestamptz, ${o.clicked ? '2020-02-02T10:00:00Z' : null}::timestamptz, ${o.unsubscribed ? '2020-02-02T10:00:00Z' : null}::timestamptz)`);
  await deliver('A', 'sent', 1, { opened: true, clicked: true });
  await deliver('B', 'sent', 1, { opened: true });
  await deliver('C', 'sent', 0);
  await deliver('D', 'bounced', 1);
  await deliver('E', 'sent', 1, { unsubscribed: true });

  /* events: X published, Y cancelled, Z a draft */
  const event = async (name: string, status: string, startsAt: string) => {
    const res = await t.db.execute<{ id: string }>(sql`insert into events (kind, status, title, description, starts_at, ends_at)
      values ('seminar', ${status}::event_status, ${JSON.stringify({ fi: `${name} fi`, sv: `${name} sv`, en: `${name} en` })}::jsonb, '{"fi":"","sv":"","en":""}'::jsonb,
        ${startsAt}::timestamptz, ${startsAt}::timestamptz + interval '2 hours') returning id`);
    const row = res.rows[0];
    if (!row) throw new Error('no event');
    ids[name] = row.id;
    return row.id;
  };
  const x = await event('X', 'published', '2020-02-15T15:00:00Z');
  const y = await event('Y', 'cancelled', '2020-03-10T15:00:00Z');
  const z = await event('Z', 'draft', '2020-03-11T15:00:00Z');
  for (const who of ['A', 'B', 'C', 'D']) await t.db.execute(sql`insert into event_invitations (event_id, member_id) values (${x}, ${id(who)})`);
  await t.db.execute(sql`insert into event_invitations (event_id, member_id) values (${y}, ${id('A')}), (${z}, ${id('A')})`);
  await t.db.execute(sql`insert into event_rsvps (event_id, member_id, status, checked_in_at, walk_in) values
    (${x}, ${id('A')}, 'going', '2020-02-15T15:05:00Z', false), (${x}, ${id('B')}, 'going', null, false),
    (${x}, ${id('C')}, 'declined', null, false), (${x}, ${id('D')}, 'going', '2020-02-15T15:10:00Z', true),
    (${y}, ${id('A')}, 'maybe', null, false), (${z}, ${id('A')}, 'going', null, false)`);

  /* jobs: J1 published, J2 closed, J3 a draft, J4 after the range */
  const job = async (name: string, status: string, opensOn: string) => {
    const res = await t.db.execute<{ id: string }>(sql`insert into jobs (title, description, department, location, type, opens_on, status)
      values ('{"fi":"T","sv":"T","en":"T"}'::jsonb, '{"fi":"","sv":"","en":""}'::jsonb, 'IT', 'Helsinki', 'full_time', ${opensOn}::date, ${status}::job_status) returning id`);
    const row = res.rows[0];
    if (!row) throw new Error('no job');
    ids[name] = row.id;
    return row.id;
  };
  const j1 = await job('J1', 'published', '2020-01-10');
  await job('J2', 'closed', '2020-03-05');
  await job('J3', 'draft', '2020-02-01');
  await job('J4', 'published', '2020-05-01');
  await t.db.execute(sql`insert into job_interests (job_id, member_id, created_at) values
    (${j1}, ${id('A')}, '2020-01-20T10:00:00Z'), (${j1}, ${id('B')}, '2020-03-31T21:30:00Z'), (${j1}, ${id('C')}, '2019-12-31T10:00:00Z')`);
  await t.db.execute(sql`insert into job_referrals (job_id, referrer_id, name, email, relation, created_at) values
    (${j1}, ${id('A')}, 'Friend', 'friend@test.example', 'colleague', '2020-02-02T10:00:00Z')`);
  await t.db.execute(sql`insert into job_shares (code, job_id, member_id, visits, created_at) values
    ('insightshare0001', ${j1}, ${id('A')}, 5, '2020-02-03T10:00:00Z'), ('insightshare0002', ${j1}, ${id('B')}, 2, '2020-06-01T10:00:00Z')`);

  /* boomerangs: flags on A, B, C (rehired through them) and G; D and E rehired without a flag */
  const flag = async (who: string, stage: string, createdAt: string) => {
    const res = await t.db.execute<{ id: string }>(sql`insert into talent_flags (member_id, reason, stage, created_at)
      values (${id(who)}, 'Good', ${stage}::flag_stage, ${createdAt}::timestamptz) returning id`);
    const row = res.rows[0];
    if (!row) throw new Error('no flag');
    return row.id;
  };
  const fa = await flag('A', 'rehired', '2019-11-01T12:00:00Z');
  const fb = await flag('B', 'rehired', '2020-01-01T12:00:00Z');
  const fc = await flag('C', 'offer', '2020-03-01T12:00:00Z');
  await flag('G', 'flagged', '2020-03-01T12:00:00Z');
  const rehire = (who: string, flagId: string | null, on: string) =>
    t.db.execute(sql`insert into rehires (member_id, flag_id, type, rehired_on) values (${id(who)}, ${flagId}, 'full_time', ${on}::date)`);
  await rehire('A', fa, '2020-02-10');
  await rehire('B', fb, '2020-04-01');
  await rehire('C', fc, '2020-03-03');
  await rehire('D', null, '2020-03-15');
  await rehire('E', null, '2020-05-01');

  const saved = await admin.request({
    method: 'PUT',
    url: apiPaths.adminSettings,
    payload: { orgName: 'Testi Oy', primaryColour: '#1f4e79', accentColour: '#0b5d3b', languages: ['fi', 'sv', 'en'], defaultLanguage: 'fi', savings: { recruitmentCostEur: 9000, onboardingCostEur: 4500 } },
  });
  expect(saved.statusCode).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe('the range', () => {
  it('defaults to the last twelve months up to today in Helsinki, both ends included', () => {
    expect(resolveRange({}, '2026-12-03')).toEqual({ from: '2025-12-04', to: '2026-12-03' });
    expect(resolveRange({ to: '2024-02-29' }, '2026-12-03')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(resolveRange({ from: '2026-01-01' }, '2026-12-03')).toEqual({ from: '2026-01-01', to: '2026-12-03' });
  });

  it('refuses an end before the start, more than ten years and a malformed date, naming `to`, and audits nothing', async () => {
    const before = (await insightAudit()).length;
    for (const [r, path] of [
      [{ from: '2020-05-01', to: '2020-04-01' }, 'to'],
      [{ from: '2010-01-01', to: '2020-01-02' }, 'to'],
      [{ from: '2020-13-01', to: '2020-12-01' }, 'from'],
      [{ from: '2020-01-01', to: '2020-02-30' }, 'to'],
    ] as const) {
      for (const url of [apiPaths.adminInsight('members'), apiPaths.adminInsightExport('members')]) {
        const res = await hr.get(`${url}${query(r)}`);
        expect(res.statusCode).toBe(400);
        const error = errorOf(res);
        expect(error.code).toBe('validation_failed');
        expect((error.details ?? []).map((d) => d.path)).toContain(path);
      }
    }
    const future = await hr.get(`${apiPaths.adminInsight('members')}${query({ from: '2999-01-01' })}`);
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details?.map((d) => d.path)).toContain('from');
    expect((await insightAudit()).length).toBe(before);
  });

  it('takes exactly ten years', async () => {
    const res = await hr.get(`${apiPaths.adminInsight('funnel')}${query({ from: '2010-01-01', to: '2019-12-31' })}`);
    expect(res.statusCode).toBe(200);
  });
});

describe('access', () => {
  it('keeps members and recruiters out of every route', async () => {
    for (const role of ['member', 'recruiter'] as const) {
      const { agent } = await signInAs(t, role);
      for (const panel of insightPanels) {
        expect((await agent.get(apiPaths.adminInsight(panel))).statusCode).toBe(403);
        expect((await agent.get(apiPaths.adminInsightExport(panel))).statusCode).toBe(403);
      }
      expect((await agent.get(apiPaths.adminInsightHires)).statusCode).toBe(403);
      expect((await agent.request({ method: 'PUT', url: apiPaths.adminInsightHires, payload: { year: 2020, hires: 1 } })).statusCode).toBe(403);
    }
    expect((await new Agent(t.app).get(apiPaths.adminInsight('members'))).statusCode).toBe(401);
    expect((await admin.get(`${apiPaths.adminInsight('members')}${query(range)}`)).statusCode).toBe(200);
  });
});

describe('members', () => {
  it('counts members at each month’s end by type, in Helsinki time, without pending and erased accounts', async () => {
    const zero = { former_employee: 0, intern: 0, summer_worker: 0, retiree: 0, contractor: 0 };
    expect(await panelOf('members')).toEqual({
      range,
      points: [
        { month: '2020-01', total: 2, byType: { ...zero, former_employee: 1, intern: 1 } },
        { month: '2020-02', total: 3, byType: { ...zero, former_employee: 1, intern: 1, retiree: 1 } },
        { month: '2020-03', total: 3, byType: { ...zero, former_employee: 1, intern: 1, retiree: 1 } },
        { month: '2020-04', total: 4, byType: { ...zero, former_employee: 2, intern: 1, retiree: 1 } },
      ],
      joined: { ...zero, former_employee: 1, intern: 1, retiree: 1 },
      joinedTotal: 3,
      total: 4,
    });
    expect(await csvOf('members')).toEqual([
      '"month";"total";"former_employee";"intern";"summer_worker";"retiree";"contractor"',
      '"2020-01";"2";"1";"1";"0";"0";"0"',
      '"2020-02";"3";"1";"1";"0";"1";"0"',
      '"2020-03";"3";"1";"1";"0";"1";"0"',
      '"2020-04";"4";"2";"1";"0";"1";"0"',
      '"joined";"3";"1";"1";"0";"1";"0"',
    ]);
  });
});

describe('funnel', () => {
  it('counts invited, registered, verified and recently active people', async () => {
    expect(await panelOf('funnel')).toEqual({ range, invited: 2, registered: 4, verified: 2, active: 1 });
    expect(await csvOf('funnel')).toEqual(['"stage";"people"', '"invited";"2"', '"registered";"4"', '"verified";"2"', '"active";"1"']);
  });
});

describe('newsletters', () => {
  it('gives each sent issue’s figures, with rates over the tracked deliveries, and the pace', async () => {
    const panel = await panelOf('newsletters');
    expect(panel).toEqual({
      range,
      cadence: { minPerYear: 2, maxPerYear: 4 },
      issues: [
        { id: id('Spring'), subject: 'Spring en', sentAt: '2020-02-01T10:00:00.000Z', delivered: 4, tracked: 3, opened: 2, clicked: 1, openRate: 2 / 3, clickRate: 1 / 3, unsubscribes: 1, bounces: 1 },
        { id: id('Summer'), subject: 'Summer en', sentAt: '2020-03-01T10:00:00.000Z', delivered: 0, tracked: 0, opened: 0, clicked: 0, openRate: null, clickRate: null, unsubscribes: 0, bounces: 0 },
      ],
      issuesPerYear: 6.89,
      withinCadence: null,
    });
    expect(await csvOf('newsletters')).toEqual([
      '"sent_at";"subject";"delivered";"tracked";"opened";"clicked";"open_rate";"click_rate";"unsubscribes";"bounces"',
      '"2020-02-01T10:00:00.000Z";"Spring en";"4";"3";"2";"1";"0.6667";"0.3333";"1";"1"',
      '"2020-03-01T10:00:00.000Z";"Summer en";"0";"0";"0";"0";"";"";"0";"0"',
      '"total";"2 issues, 6.89 a year";"4";"3";"2";"1";"0.6667";"0.3333";"1";"1"',
    ]);
  });

  it('sets a year’s pace against the cadence policy', async () => {
    const year = await panelOf('newsletters', { from: '2020-01-01', to: '2020-12-31' });
    expect(year.issuesPerYear).toBe(1.99);
    expect(year.withinCadence).toBe(false);
  });
});

describe('events', () => {
  it('counts invited, answers, going and attendance per published or cancelled event', async () => {
    const title = (n: string) => ({ fi: `${n} fi`, sv: `${n} sv`, en: `${n} en` });
    expect(await panelOf('events')).toEqual({
      range,
      events: [
        { id: id('X'), title: title('X'), startsAt: '2020-02-15T15:00:00.000Z', invited: 4, answered: 4, going: 3, attended: 2, attendanceRate: 2 / 3 },
        { id: id('Y'), title: title('Y'), startsAt: '2020-03-10T15:00:00.000Z', invited: 1, answered: 1, going: 0, attended: 0, attendanceRate: null },
      ],
      totals: { invited: 5, answered: 5, going: 3, attended: 2, attendanceRate: 2 / 3 },
    });
    expect(await csvOf('events')).toEqual([
      '"starts_at";"title";"invited";"answered";"going";"attended";"attendance_rate"',
      '"2020-02-15T15:00:00.000Z";"X fi";"4";"4";"3";"2";"0.6667"',
      '"2020-03-10T15:00:00.000Z";"Y fi";"1";"1";"0";"0";""',
      '"total";"";"5";"5";"3";"2";"0.6667"',
    ]);
  });
});

describe('jobs', () => {
  it('counts postings, interests, referrals and share visits per Helsinki month', async () => {
    expect(await panelOf('jobs')).toEqual({
      range,
      postings: 2,
      interests: 2,
      referrals: 1,
      shareVisits: 5,
      months: [
        { month: '2020-01', postings: 1, interests: 1, referrals: 0, shareVisits: 0 },
        { month: '2020-02', postings: 0, interests: 0, referrals: 1, shareVisits: 5 },
        { month: '2020-03', postings: 1, interests: 0, referrals: 0, shareVisits: 0 },
        { month: '2020-04', postings: 0, interests: 1, referrals: 0, shareVisits: 0 },
      ],
    });
    expect(await csvOf('jobs')).toEqual([
      '"month";"postings";"interests";"referrals";"share_visits"',
      '"2020-01";"1";"1";"0";"0"',
      '"2020-02";"0";"0";"1";"5"',
      '"2020-03";"1";"0";"0";"0"',
      '"2020-04";"0";"1";"0";"0"',
      '"total";"2";"2";"1";"5"',
    ]);
  });
});

describe('boomerangs and the company’s hires', () => {
  const stages = { flagged: 1, contacted: 0, interviewing: 0, offer: 1, rehired: 2, not_now: 0 };
  const base = {
    range,
    stages,
    quarters: [
      { quarter: '2020-Q1', rehires: 3 },
      { quarter: '2020-Q2', rehires: 1 },
    ],
    rehires: 4,
    medianDaysToRehire: 91,
    averageDaysToRehire: 64.7,
    savingPerRehireEur: 13_500,
    estimatedSavingEur: 54_000,
  };

  it('shows no share before the year’s total is entered', async () => {
    expect(await panelOf('boomerangs')).toEqual({ ...base, totalHires: null, rehireShare: null });
  });

  it('enters a year’s hires, audited, and lists every entered year with its rehires', async () => {
    const bad = await hr.request({ method: 'PUT', url: apiPaths.adminInsightHires, payload: { year: 1999, hires: 10 } });
    expect(bad.statusCode).toBe(400);
    expect((await insightAudit()).filter((a) => a.action === 'insight.hires_entered')).toHaveLength(0);

    const first = await hr.request({ method: 'PUT', url: apiPaths.adminInsightHires, payload: { year: 2020, hires: 30 } });
    expect(first.statusCode).toBe(200);
    expect(bodyOf(first, ZHiresList)).toEqual({ items: [{ year: 2020, hires: 30, rehires: 5 }] });
    const second = await hr.request({ method: 'PUT', url: apiPaths.adminInsightHires, payload: { year: 2020, hires: 40 } });
    expect(bodyOf(second, ZHiresList)).toEqual({ items: [{ year: 2020, hires: 40, rehires: 5 }] });
    await admin.request({ method: 'PUT', url: apiPaths.adminInsightHires, payload: { year: 2018, hires: 12 } });
    expect(bodyOf(await hr.get(apiPaths.adminInsightHires), ZHiresList)).toEqual({
      items: [
        { year: 2018, hires: 12, rehires: 0 },
        { year: 2020, hires: 40, rehires: 5 },
      ],
    });
    const entries = (await insightAudit()).filter((a) => a.action === 'insight.hires_entered');
    expect(entries.slice(0, 2).map((a) => ({ actorId: a.actorId, objectType: a.objectType, objectId: a.objectId, data: a.data }))).toEqual([
      { actorId: hrId, objectType: 'company_hires', objectId: '2020', data: { year: 2020, hires: 30, before: null } },
      { actorId: hrId, objectType: 'company_hires', objectId: '2020', data: { year: 2020, hires: 40, before: 30 } },
    ]);
    expect(entries).toHaveLength(3);
  });

  it('gives the stages, quarters, days to rehire, share and saving', async () => {
    expect(await panelOf('boomerangs')).toEqual({ ...base, totalHires: 40, rehireShare: 0.1 });
    expect(await csvOf('boomerangs')).toEqual([
      '"kind";"name";"value"',
      '"stage";"flagged";"1"',
      '"stage";"contacted";"0"',
      '"stage";"interviewing";"0"',
      '"stage";"offer";"1"',
      '"stage";"rehired";"2"',
      '"stage";"not_now";"0"',
      '"quarter";"2020-Q1";"3"',
      '"quarter";"2020-Q2";"1"',
      '"total";"rehires";"4"',
      '"total";"median_days_to_rehire";"91"',
      '"total";"average_days_to_rehire";"64.7"',
      '"total";"total_hires";"40"',
      '"total";"rehire_share";"0.1000"',
      '"total";"saving_per_rehire_eur";"13500"',
      '"total";"estimated_saving_eur";"54000"',
    ]);
  });

  it('has no total when a year the range touches is missing', async () => {
    const panel = await panelOf('boomerangs', { from: '2019-12-01', to: '2020-04-15' });
    expect(panel.totalHires).toBeNull();
    expect(panel.rehireShare).toBeNull();
    expect((await panelOf('boomerangs', { from: '2018-06-01', to: '2018-12-31' })).totalHires).toBe(12);
  });
});

describe('exports', () => {
  it('audits every export with its panel and range', async () => {
    const before = await t.db.select().from(auditLog).where(eq(auditLog.action, 'insight.exported'));
    await csvOf('jobs', { from: '2020-02-01', to: '2020-02-29' });
    const after = await t.db.select().from(auditLog).where(eq(auditLog.action, 'insight.exported')).orderBy(auditLog.id);
    expect(after).toHaveLength(before.length + 1);
    const last = after.at(-1);
    expect({ actorId: last?.actorId, objectType: last?.objectType, objectId: last?.objectId, data: last?.data }).toEqual({
      actorId: hrId,
      objectType: 'insight',
      objectId: 'jobs',
      data: { panel: 'jobs', from: '2020-02-01', to: '2020-02-29' },
    });
  });
});
