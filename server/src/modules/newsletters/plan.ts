import { eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import {
  ZCadencePolicy,
  ZPlanQuery,
  defaultCadence,
  pickText,
  type CadencePolicy,
  type CadenceWarning,
  type NewsletterPlan,
  type NewsletterStatus,
} from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { settings } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { recordAudit } from '../audit/service.js';
import { localToInstant } from '../events/time.js';

/*
 * The cadence policy: at least `minPerYear` and at most `maxPerYear` issues a year. Two things
 * break it: more than the most within any twelve months, and a gap between issues longer than a
 * year divided by the least (six months for two a year). The plan counts the issues sent, being
 * sent and scheduled; a proposed time is checked as if it were scheduled too.
 */

type Executor = Pick<Db, 'select' | 'execute'>;
const cadenceKey = 'newsletter_cadence';
const dayMs = 86_400_000;

export async function readCadence(db: Pick<Db, 'select'>): Promise<CadencePolicy> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, cadenceKey));
  const parsed = ZCadencePolicy.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultCadence;
}

export async function writeCadence(db: Db, actor: Actor, input: unknown): Promise<CadencePolicy> {
  const policy = ZCadencePolicy.parse(input);
  await db.transaction(async (tx) => {
    await tx
      .insert(settings)
      .values({ key: cadenceKey, value: policy, updatedBy: actor.user.id })
      .onConflictDoUpdate({ target: settings.key, set: { value: policy, updatedBy: actor.user.id, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.user.id, action: 'newsletter.cadence_changed', objectType: 'settings', objectId: null, data: policy, ip: actor.ip });
  });
  return policy;
}

interface Planned {
  id: string;
  subject: string;
  status: NewsletterStatus;
  at: Date;
}

/** Issues that count against the policy: sent, under way or scheduled, each at its time. */
async function plannedIssues(db: Executor, exclude?: string): Promise<Planned[]> {
  const res = await db.execute<{ id: string; subject: { fi: string; sv: string; en: string }; status: NewsletterStatus; at: Date | string }>(sql`
    select id, subject, status, coalesce(started_at, scheduled_at) as at from newsletters
    where status in ('scheduled', 'sending', 'paused', 'sent') and coalesce(started_at, scheduled_at) is not null
      ${exclude ? sql`and id <> ${exclude}` : sql``}
    order by at, id`);
  return res.rows.map((r) => ({ id: r.id, subject: pickText(r.subject, 'fi'), status: r.status, at: new Date(r.at) }));
}

/** Every way the times break the policy; `now` closes the last gap when nothing is planned after it. */
export function findWarnings(times: readonly Date[], policy: CadencePolicy, now: Date): CadenceWarning[] {
  const sorted = [...times].sort((a, b) => a.getTime() - b.getTime());
  const warnings: CadenceWarning[] = [];
  const yearMs = 365 * dayMs;
  let coveredUntil = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i] as Date;
    const inWindow = sorted.filter((t) => t.getTime() >= from.getTime() && t.getTime() < from.getTime() + yearMs);
    // One warning per run of crowded windows, not one per issue in it.
    if (inWindow.length > policy.maxPerYear && from.getTime() >= coveredUntil) {
      const last = inWindow.at(-1) as Date;
      warnings.push({ code: 'too_many', from: from.toISOString(), to: last.toISOString(), count: inWindow.length });
      coveredUntil = last.getTime();
    }
  }
  if (policy.minPerYear > 0) {
    const maxGapDays = Math.ceil(365 / policy.minPerYear);
    const ends = sorted.at(-1) && (sorted.at(-1) as Date).getTime() < now.getTime() ? [...sorted, now] : sorted;
    for (let i = 1; i < ends.length; i++) {
      const a = ends[i - 1] as Date;
      const b = ends[i] as Date;
      const days = Math.floor((b.getTime() - a.getTime()) / dayMs);
      if (days > maxGapDays) warnings.push({ code: 'gap_too_long', from: a.toISOString(), to: b.toISOString(), count: days });
    }
  }
  return warnings;
}

/** The warnings a proposed time brings that the plan without it does not have. */
export async function cadenceWarnings(db: Executor, at: Date, newsletterId?: string): Promise<CadenceWarning[]> {
  const policy = await readCadence(db);
  const now = new Date();
  const others = (await plannedIssues(db, newsletterId)).map((p) => p.at);
  const before = new Set(findWarnings(others, policy, now).map((w) => `${w.code}:${w.from}`));
  const key = (w: CadenceWarning) => `${w.code}:${w.from}`;
  return findWarnings([...others, at], policy, now).filter((w) => {
    const t = at.getTime();
    const involves = new Date(w.from).getTime() <= t && t <= new Date(w.to).getTime();
    return involves && !before.has(key(w));
  });
}

export async function newsletterPlan(db: Db, input: z.input<typeof ZPlanQuery>): Promise<NewsletterPlan> {
  const q = ZPlanQuery.parse(input);
  const now = new Date();
  const zone = 'Europe/Helsinki';
  const year = q.year ?? DateTime.fromJSDate(now, { zone }).year;
  const policy = await readCadence(db);
  const planned = await plannedIssues(db, q.at ? q.newsletterId : undefined);
  const proposed = q.at ? localToInstant(q.at, q.timeZone, 'at') : null;
  const warnings = proposed ? await cadenceWarnings(db, proposed, q.newsletterId) : findWarnings(planned.map((p) => p.at), policy, now);
  const inYear = planned.filter((p) => DateTime.fromJSDate(p.at, { zone }).year === year);
  const last = planned.at(-1);
  return {
    year,
    policy,
    items: inYear.map((p) => ({ id: p.id, subject: p.subject, status: p.status, at: p.at.toISOString() })),
    sent: inYear.filter((p) => p.status !== 'scheduled').length,
    scheduled: inYear.filter((p) => p.status === 'scheduled').length,
    warnings,
    nextDue: last && policy.minPerYear > 0 ? new Date(last.at.getTime() + Math.ceil(365 / policy.minPerYear) * dayMs).toISOString() : null,
  };
}
