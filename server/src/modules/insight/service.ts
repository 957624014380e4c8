import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
  flagStages,
  maxRangeDays,
  memberTypes,
  type BoomerangsPanel,
  type EventFigures,
  type EventsPanel,
  type FlagsByStage,
  type FunnelPanel,
  type HiresList,
  type HiresYear,
  type InsightPanel,
  type InsightPanels,
  type JobsPanel,
  type LocalizedText,
  type MembersByType,
  type MembersPanel,
  type NewsletterIssueFigures,
  type NewslettersPanel,
  type Range,
} from '@alumni/shared';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';
import { readCadence } from '../newsletters/plan.js';
import { readOrgSettings } from '../settings/service.js';

export type { Range } from '@alumni/shared';

/** Every figure is read in this zone: ranges are its calendar days, months and quarters its own. */
export const zone = 'Europe/Helsinki';

/* ---- the range ---- */

const rangeError = (message: string) => new AppError('validation_failed', message, [{ path: 'to', message }]);

/**
 * The range a panel reads. A missing `to` is today in Helsinki; a missing `from` is the day after
 * the same day twelve months before `to` (so 2026-12-03 gives 2025-12-04 … 2026-12-03: twelve
 * months, both ends included). A resolved range ending before its start or longer than ten years
 * is refused naming `to`.
 */
export function resolveRange(q: { from?: string; to?: string }, today?: string): Range {
  const now = today ?? DateTime.now().setZone(zone).toISODate();
  if (!now) throw new Error('No date today');
  const to = q.to ?? now;
  const toDay = DateTime.fromISO(to, { zone });
  const fromDay = q.from ? DateTime.fromISO(q.from, { zone }) : toDay.minus({ months: 12 }).plus({ days: 1 });
  if (!toDay.isValid || !fromDay.isValid) throw rangeError('Give dates as YYYY-MM-DD');
  const days = Math.round(toDay.diff(fromDay, 'days').days);
  if (days < 0) throw rangeError('The end of the range is before its start');
  if (days + 1 > maxRangeDays) throw rangeError('A range may cover at most ten years');
  return { from: fromDay.toISODate() ?? to, to };
}

/** The range's first instant and the instant after its last day. */
function instants(range: Range): { start: Date; end: Date } {
  return {
    start: DateTime.fromISO(range.from, { zone }).startOf('day').toJSDate(),
    end: DateTime.fromISO(range.to, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
  };
}

/** The calendar months the range touches, `YYYY-MM`, oldest first. */
export function monthsOf(range: Range): string[] {
  const out: string[] = [];
  const last = DateTime.fromISO(range.to, { zone }).startOf('month');
  for (let m = DateTime.fromISO(range.from, { zone }).startOf('month'); m <= last; m = m.plus({ months: 1 })) out.push(m.toFormat('yyyy-MM'));
  return out;
}

/** The calendar quarters the range touches, `2026-Q3`, oldest first. */
export function quartersOf(range: Range): string[] {
  const out: string[] = [];
  const last = DateTime.fromISO(range.to, { zone }).startOf('quarter');
  for (let q = DateTime.fromISO(range.from, { zone }).startOf('quarter'); q <= last; q = q.plus({ months: 3 })) out.push(`${q.year}-Q${q.quarter}`);
  return out;
}

const ratio = (part: number, whole: number | null): number | null => (whole ? Math.min(1, part / whole) : null);
const oneDecimal = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/* ---- members ---- */

/** Who counts as a member: a member-role account that confirmed its address and is not erased. */
const countedMember = sql`u.role = 'member' and u.status in ('active', 'suspended')`;

const emptyByType = (): MembersByType => Object.fromEntries(memberTypes.map((t) => [t, 0])) as MembersByType;
const sumOf = (byType: MembersByType) => memberTypes.reduce((n, t) => n + byType[t], 0);

async function membersPanel(db: Db, range: Range): Promise<MembersPanel> {
  const { start, end } = instants(range);
  const res = await db.execute<{ member_type: string; month: string | null; n: number }>(sql`
    select m.member_type::text as member_type,
      case when m.joined_at < ${start} then null else to_char(m.joined_at at time zone ${zone}, 'YYYY-MM') end as month,
      count(*)::int as n
    from members m join users u on u.id = m.user_id
    where ${countedMember} and m.joined_at < ${end}
    group by 1, 2`);
  const before = emptyByType();
  const perMonth = new Map<string, MembersByType>();
  for (const r of res.rows) {
    const type = r.member_type as keyof MembersByType;
    if (r.month === null) before[type] += r.n;
    else {
      const slot = perMonth.get(r.month) ?? emptyByType();
      slot[type] += r.n;
      perMonth.set(r.month, slot);
    }
  }
  const running = { ...before };
  const joined = emptyByType();
  const points = monthsOf(range).map((month) => {
    const added = perMonth.get(month) ?? emptyByType();
    for (const t of memberTypes) {
      running[t] += added[t];
      joined[t] += added[t];
    }
    return { month, total: sumOf(running), byType: { ...running } };
  });
  return { range, points, joined, joinedTotal: sumOf(joined), total: sumOf(running) };
}

/* ---- the funnel ---- */

async function funnelPanel(db: Db, range: Range): Promise<FunnelPanel> {
  const { start, end } = instants(range);
  const activeSince = new Date(end.getTime() - 90 * 86_400_000);
  const res = await db.execute<{ invited: number; registered: number; verified: number; active: number }>(sql`
    select
      (select count(distinct i.employee_number)::int from record_invitations i where i.sent_at >= ${start} and i.sent_at < ${end}) as invited,
      count(*)::int as registered,
      count(*) filter (where m.verification_status = 'verified')::int as verified,
      count(*) filter (where m.verification_status = 'verified' and u.last_login_at >= ${activeSince} and u.last_login_at < ${end})::int as active
    from users u join members m on m.user_id = u.id
    where u.role = 'member' and u.status <> 'erased' and u.created_at >= ${start} and u.created_at < ${end}`);
  const r = res.rows[0] ?? { invited: 0, registered: 0, verified: 0, active: 0 };
  return { range, invited: r.invited, registered: r.registered, verified: r.verified, active: r.active };
}

/* ---- newsletters ---- */

async function newslettersPanel(db: Db, range: Range): Promise<NewslettersPanel> {
  const { start, end } = instants(range);
  const res = await db.execute<{
    id: string;
    subject: string;
    sent_at: Date | string;
    delivered: number;
    tracked: number;
    opened: number;
    clicked: number;
    unsubscribes: number;
    bounces: number;
  }>(sql`
    with issues as (
      select n.id, 'newsletter:' || n.id::text as message_key, n.started_at,
        coalesce(nullif(n.subject->>(n.default_language::text), ''), nullif(n.subject->>'fi', ''), nullif(n.subject->>'sv', ''), n.subject->>'en', '') as subject
      from newsletters n
      where n.status in ('sending', 'paused', 'sent') and n.started_at >= ${start} and n.started_at < ${end}
    ), figures as (
      select d.message_key,
        count(*) filter (where d.status = 'sent')::int as delivered,
        count(*) filter (where d.status = 'sent' and d.data->>'tracked' = '1')::int as tracked,
        count(*) filter (where d.opened_at is not null)::int as opened,
        count(*) filter (where d.clicked_at is not null)::int as clicked,
        count(*) filter (where d.unsubscribed_at is not null)::int as unsubscribes,
        count(*) filter (where d.status = 'bounced')::int as bounces
      from deliveries d
      where d.message_key in (select message_key from issues)
      group by d.message_key
    )
    select i.id, i.subject, i.started_at as sent_at,
      coalesce(f.delivered, 0)::int as delivered, coalesce(f.tracked, 0)::int as tracked, coalesce(f.opened, 0)::int as opened,
      coalesce(f.clicked, 0)::int as clicked, coalesce(f.unsubscribes, 0)::int as unsubscribes, coalesce(f.bounces, 0)::int as bounces
    from issues i left join figures f on f.message_key = i.message_key
    order by i.started_at, i.id`);
  const issues: NewsletterIssueFigures[] = res.rows.map((r) => ({
    id: r.id,
    subject: r.subject,
    sentAt: new Date(r.sent_at).toISOString(),
    delivered: r.delivered,
    tracked: r.tracked,
    opened: r.opened,
    clicked: r.clicked,
    openRate: ratio(r.opened, r.tracked),
    clickRate: ratio(r.clicked, r.tracked),
    unsubscribes: r.unsubscribes,
    bounces: r.bounces,
  }));
  const cadence = await readCadence(db);
  const days = rangeDays(range);
  const issuesPerYear = Math.round(((issues.length * 365) / days) * 100) / 100;
  const withinCadence = days < 365 ? null : issuesPerYear >= cadence.minPerYear && issuesPerYear <= cadence.maxPerYear;
  return { range, cadence, issues, issuesPerYear, withinCadence };
}

/** Days in the range, both ends included. */
export function rangeDays(range: Range): number {
  return Math.round(DateTime.fromISO(range.to, { zone }).diff(DateTime.fromISO(range.from, { zone }), 'days').days) + 1;
}

/* ---- events ---- */

async function eventsPanel(db: Db, range: Range): Promise<EventsPanel> {
  const { start, end } = instants(range);
  const res = await db.execute<{ id: string; title: LocalizedText; starts_at: Date | string; invited: number; answered: number; going: number; attended: number }>(sql`
    with ev as (
      select e.id, e.title, e.starts_at from events e
      where e.status in ('published', 'cancelled') and e.starts_at >= ${start} and e.starts_at < ${end}
    ), inv as (
      select i.event_id, count(*)::int as n from event_invitations i where i.event_id in (select id from ev) group by i.event_id
    ), ans as (
      select r.event_id, count(*)::int as answered,
        count(*) filter (where r.status = 'going')::int as going,
        count(*) filter (where r.status = 'going' and r.checked_in_at is not null)::int as attended
      from event_rsvps r where r.event_id in (select id from ev) group by r.event_id
    )
    select ev.id, ev.title, ev.starts_at, coalesce(inv.n, 0)::int as invited, coalesce(ans.answered, 0)::int as answered,
      coalesce(ans.going, 0)::int as going, coalesce(ans.attended, 0)::int as attended
    from ev left join inv on inv.event_id = ev.id left join ans on ans.event_id = ev.id
    order by ev.starts_at, ev.id`);
  const events: EventFigures[] = res.rows.map((r) => ({
    id: r.id,
    title: r.title,
    startsAt: new Date(r.starts_at).toISOString(),
    invited: r.invited,
    answered: r.answered,
    going: r.going,
    attended: r.attended,
    attendanceRate: ratio(r.attended, r.going),
  }));
  const sum = (k: 'invited' | 'answered' | 'going' | 'attended') => events.reduce((n, e) => n + e[k], 0);
  const going = sum('going');
  const attended = sum('attended');
  return { range, events, totals: { invited: sum('invited'), answered: sum('answered'), going, attended, attendanceRate: ratio(attended, going) } };
}

/* ---- jobs ---- */

async function jobsPanel(db: Db, range: Range): Promise<JobsPanel> {
  const { start, end } = instants(range);
  const res = await db.execute<{ kind: 'postings' | 'interests' | 'referrals' | 'shareVisits'; month: string; n: number }>(sql`
    select 'postings' as kind, to_char(j.opens_on, 'YYYY-MM') as month, count(*)::int as n
      from jobs j where j.status in ('published', 'closed') and j.opens_on >= ${range.from}::date and j.opens_on <= ${range.to}::date group by 2
    union all
    select 'interests', to_char(i.created_at at time zone ${zone}, 'YYYY-MM'), count(*)::int
      from job_interests i where i.created_at >= ${start} and i.created_at < ${end} group by 2
    union all
    select 'referrals', to_char(r.created_at at time zone ${zone}, 'YYYY-MM'), count(*)::int
      from job_referrals r where r.created_at >= ${start} and r.created_at < ${end} group by 2
    union all
    select 'shareVisits', to_char(s.created_at at time zone ${zone}, 'YYYY-MM'), coalesce(sum(s.visits), 0)::int
      from job_shares s where s.created_at >= ${start} and s.created_at < ${end} group by 2`);
  const months = monthsOf(range).map((month) => ({ month, postings: 0, interests: 0, referrals: 0, shareVisits: 0 }));
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const r of res.rows) {
    const slot = byMonth.get(r.month);
    if (slot) slot[r.kind] += r.n;
  }
  const total = (k: 'postings' | 'interests' | 'referrals' | 'shareVisits') => months.reduce((n, m) => n + m[k], 0);
  return { range, postings: total('postings'), interests: total('interests'), referrals: total('referrals'), shareVisits: total('shareVisits'), months };
}

/* ---- boomerangs ---- */

async function boomerangsPanel(db: Db, range: Range): Promise<BoomerangsPanel> {
  const fromYear = Number(range.from.slice(0, 4));
  const toYear = Number(range.to.slice(0, 4));
  const res = await db.execute<{ kind: 'stage' | 'quarter' | 'days' | 'hires'; name: string; n: number; median: number | null; mean: number | null }>(sql`
    select 'stage' as kind, f.stage::text as name, count(*)::int as n, null::float8 as median, null::float8 as mean
      from talent_flags f group by f.stage
    union all
    select 'quarter', to_char(r.rehired_on, 'YYYY') || '-Q' || to_char(r.rehired_on, 'Q'), count(*)::int, null, null
      from rehires r where r.rehired_on >= ${range.from}::date and r.rehired_on <= ${range.to}::date group by 2
    union all
    select 'days', '', count(*)::int,
      percentile_cont(0.5) within group (order by (r.rehired_on - (f.created_at at time zone ${zone})::date))::float8,
      avg(r.rehired_on - (f.created_at at time zone ${zone})::date)::float8
      from rehires r join talent_flags f on f.id = r.flag_id
      where r.rehired_on >= ${range.from}::date and r.rehired_on <= ${range.to}::date
    union all
    select 'hires', h.year::text, h.hires, null, null
      from company_hires h where h.year >= ${fromYear} and h.year <= ${toYear}`);
  const stages = Object.fromEntries(flagStages.map((s) => [s, 0])) as FlagsByStage;
  const quarters = quartersOf(range).map((quarter) => ({ quarter, rehires: 0 }));
  const byQuarter = new Map(quarters.map((q) => [q.quarter, q]));
  let median: number | null = null;
  let mean: number | null = null;
  let hiresYears = 0;
  let hires = 0;
  for (const r of res.rows) {
    if (r.kind === 'stage') stages[r.name as keyof FlagsByStage] = r.n;
    else if (r.kind === 'quarter') {
      const slot = byQuarter.get(r.name);
      if (slot) slot.rehires = r.n;
    } else if (r.kind === 'days') {
      median = r.n ? r.median : null;
      mean = r.n ? r.mean : null;
    } else {
      hiresYears += 1;
      hires += r.n;
    }
  }
  const rehires = quarters.reduce((n, q) => n + q.rehires, 0);
  const totalHires = hiresYears === toYear - fromYear + 1 ? hires : null;
  const { savings } = await readOrgSettings(db);
  const savingPerRehireEur = savings.recruitmentCostEur + savings.onboardingCostEur;
  return {
    range,
    stages,
    quarters,
    rehires,
    medianDaysToRehire: oneDecimal(median),
    averageDaysToRehire: oneDecimal(mean),
    totalHires,
    rehireShare: ratio(rehires, totalHires),
    savingPerRehireEur,
    estimatedSavingEur: rehires * savingPerRehireEur,
  };
}

/* ---- the panels ---- */

const panels: { [P in InsightPanel]: (db: Db, range: Range) => Promise<InsightPanels[P]> } = {
  members: membersPanel,
  funnel: funnelPanel,
  newsletters: newslettersPanel,
  events: eventsPanel,
  jobs: jobsPanel,
  boomerangs: boomerangsPanel,
};

export async function insightPanel<P extends InsightPanel>(db: Db, panel: P, range: Range): Promise<InsightPanels[P]> {
  const compute: (db: Db, range: Range) => Promise<InsightPanels[P]> = panels[panel];
  return compute(db, range);
}

/* ---- the company's total hires ---- */

export async function listHires(db: Db): Promise<HiresList> {
  const res = await db.execute<{ year: number; hires: number; rehires: number }>(sql`
    select h.year, h.hires,
      (select count(*)::int from rehires r where r.rehired_on >= make_date(h.year, 1, 1) and r.rehired_on < make_date(h.year + 1, 1, 1)) as rehires
    from company_hires h order by h.year`);
  return { items: res.rows.map((r) => ({ year: r.year, hires: r.hires, rehires: r.rehires })) };
}

/** Enters or corrects a year's total hires; audited with the figure it replaced. */
export async function enterHires(db: Db, actor: Actor, input: HiresYear): Promise<HiresList> {
  await db.transaction(async (tx) => {
    const before = await tx.execute<{ hires: number }>(sql`select hires from company_hires where year = ${input.year} for update`);
    await tx.execute(sql`
      insert into company_hires (year, hires, updated_by, updated_at) values (${input.year}, ${input.hires}, ${actor.user.id}, now())
      on conflict (year) do update set hires = excluded.hires, updated_by = excluded.updated_by, updated_at = now()`);
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'insight.hires_entered',
      objectType: 'company_hires',
      objectId: String(input.year),
      data: { year: input.year, hires: input.hires, before: before.rows[0]?.hires ?? null },
      ip: actor.ip,
    });
  });
  return listHires(db);
}
