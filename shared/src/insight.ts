import { z } from 'zod';
import { ZIsoDateTime } from './common.js';
import { memberTypes, type MemberType } from './enums.js';
import { ZIsoDate } from './membership.js';
import { ZLocalizedText } from './events.js';
import { ZCadencePolicy } from './newsletters.js';
import { flagStages, type FlagStage } from './talent.js';

/* ---- the date range every panel reads ---- */

/** The longest range a dashboard reads: ten years. */
export const maxRangeDays = 3653;

const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * Calendar days in Europe/Helsinki, both included. Absent, the range is the last twelve months up
 * to today (the server fills it in).
 */
export const ZRangeQuery = z
  .strictObject({ from: ZIsoDate.optional(), to: ZIsoDate.optional() })
  .superRefine((q, ctx) => {
    if (q.from === undefined || q.to === undefined) return;
    const days = dayNumber(q.to) - dayNumber(q.from);
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the range is before its start' });
    else if (days + 1 > maxRangeDays) ctx.addIssue({ code: 'custom', path: ['to'], message: 'A range may cover at most ten years' });
  });
export type RangeQuery = z.input<typeof ZRangeQuery>;

export const ZRange = z.object({ from: ZIsoDate, to: ZIsoDate });
export type Range = z.infer<typeof ZRange>;

export const insightPanels = ['members', 'funnel', 'newsletters', 'events', 'jobs', 'boomerangs'] as const;
export const ZInsightPanel = z.enum(insightPanels);
export type InsightPanel = z.infer<typeof ZInsightPanel>;

const count = z.number().int().min(0);
/** A share from 0 to 1, or null when there is nothing to divide by. */
const rate = z.number().min(0).max(1).nullable();

/* ---- members over time ---- */

export const ZMembersByType = z.object(Object.fromEntries(memberTypes.map((t) => [t, count])) as Record<MemberType, typeof count>);
export type MembersByType = Record<MemberType, number>;

export const ZMembersPanel = z.object({
  range: ZRange,
  /** One point per calendar month in the range: members at the month's end (or the range's end), by type. */
  points: z.array(z.object({ month: z.string(), total: count, byType: ZMembersByType })),
  /** Members who joined within the range, by type. */
  joined: ZMembersByType,
  joinedTotal: count,
  /** Members at the range's end. */
  total: count,
});
export type MembersPanel = z.infer<typeof ZMembersPanel>;

/* ---- the join funnel ---- */

export const ZFunnelPanel = z.object({
  range: ZRange,
  /** Distinct people invited from the employment records within the range. */
  invited: count,
  /** Member accounts created within the range. */
  registered: count,
  /** Of those, the ones whose former employment is verified. */
  verified: count,
  /** Of those, the ones who signed in within the 90 days up to the range's end. */
  active: count,
});
export type FunnelPanel = z.infer<typeof ZFunnelPanel>;

/* ---- newsletters ---- */

export const ZNewsletterIssueFigures = z.object({
  id: z.uuid(),
  subject: z.string(),
  sentAt: ZIsoDateTime,
  /** Mails the relay accepted. */
  delivered: count,
  /** Delivered to members who allow tracking; open and click rates are shares of these. */
  tracked: count,
  opened: count,
  clicked: count,
  openRate: rate,
  clickRate: rate,
  unsubscribes: count,
  bounces: count,
});
export type NewsletterIssueFigures = z.infer<typeof ZNewsletterIssueFigures>;

export const ZNewslettersPanel = z.object({
  range: ZRange,
  cadence: ZCadencePolicy,
  /** Issues sent within the range, oldest first. */
  issues: z.array(ZNewsletterIssueFigures),
  /** Issues per year over the range, to set against the cadence policy. */
  issuesPerYear: z.number().min(0),
  /** Whether the range's pace keeps within the policy; null for ranges shorter than a year. */
  withinCadence: z.boolean().nullable(),
});
export type NewslettersPanel = z.infer<typeof ZNewslettersPanel>;

/* ---- events ---- */

export const ZEventFigures = z.object({
  id: z.uuid(),
  title: ZLocalizedText(200),
  startsAt: ZIsoDateTime,
  invited: count,
  /** Members who gave any answer. */
  answered: count,
  going: count,
  attended: count,
  /** Attended as a share of going; null before anyone is going. */
  attendanceRate: rate,
});
export type EventFigures = z.infer<typeof ZEventFigures>;

export const ZEventsPanel = z.object({
  range: ZRange,
  /** Published or cancelled events starting within the range, oldest first. */
  events: z.array(ZEventFigures),
  totals: ZEventFigures.pick({ invited: true, answered: true, going: true, attended: true, attendanceRate: true }),
});
export type EventsPanel = z.infer<typeof ZEventsPanel>;

/* ---- jobs ---- */

export const ZJobsPanel = z.object({
  range: ZRange,
  /** Postings published (opened) within the range. */
  postings: count,
  interests: count,
  referrals: count,
  /** Visits through shared links within the range. */
  shareVisits: count,
  /** One row per month in the range. */
  months: z.array(z.object({ month: z.string(), postings: count, interests: count, referrals: count, shareVisits: count })),
});
export type JobsPanel = z.infer<typeof ZJobsPanel>;

/* ---- boomerangs ---- */

export const ZFlagsByStage = z.object(Object.fromEntries(flagStages.map((s) => [s, count])) as Record<FlagStage, typeof count>);
export type FlagsByStage = Record<FlagStage, number>;

export const ZBoomerangsPanel = z.object({
  range: ZRange,
  /** The flags on the board now, by stage. */
  stages: ZFlagsByStage,
  /** Rehires within the range, per calendar quarter (`2026-Q3`). */
  quarters: z.array(z.object({ quarter: z.string(), rehires: count })),
  rehires: count,
  /** Days from flag to rehire over the range's rehires that came through a flag. */
  medianDaysToRehire: z.number().nullable(),
  averageDaysToRehire: z.number().nullable(),
  /** All hires the company entered for the years the range touches; null when a year is missing. */
  totalHires: count.nullable(),
  /** Rehires as a share of all hires; null until the total is entered. */
  rehireShare: rate,
  /** From the settings: saved per rehire, and rehires times that. */
  savingPerRehireEur: count,
  estimatedSavingEur: count,
});
export type BoomerangsPanel = z.infer<typeof ZBoomerangsPanel>;

export interface InsightPanels {
  members: MembersPanel;
  funnel: FunnelPanel;
  newsletters: NewslettersPanel;
  events: EventsPanel;
  jobs: JobsPanel;
  boomerangs: BoomerangsPanel;
}

export const insightPanelSchemas = {
  members: ZMembersPanel,
  funnel: ZFunnelPanel,
  newsletters: ZNewslettersPanel,
  events: ZEventsPanel,
  jobs: ZJobsPanel,
  boomerangs: ZBoomerangsPanel,
} as const satisfies Record<InsightPanel, z.ZodType>;

/* ---- the company's total hires, which HR enters per year ---- */

export const ZHiresYear = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** Everyone the company hired that year, returners included. */
  hires: z.number().int().min(0).max(1_000_000),
});
export type HiresYear = z.infer<typeof ZHiresYear>;
export const ZHiresList = z.object({ items: z.array(ZHiresYear.extend({ rehires: count })) });
export type HiresList = z.infer<typeof ZHiresList>;
