import type { CadencePolicy, CadenceWarning, Language, NewsletterPlan } from '@alumni/shared';
import { formatCalendarDate, timeZone } from '../../i18n/dates';
import { countText } from '../../i18n/plural';
import type { Translate } from '../../i18n/translate';

/** The plan's years: what the API takes. */
export const firstPlanYear = 2000;
export const lastPlanYear = 2100;

/** The year an instant falls in, in Helsinki, where the plan's years begin and end. */
export function helsinkiYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric' }).format(now));
}

/** The year the page's URL asks for, or this year; a year the API would refuse is not asked for. */
export function planYearFrom(params: URLSearchParams, now: Date): number {
  const raw = params.get('year');
  if (raw !== null && /^\d{4}$/.test(raw)) {
    const year = Number(raw);
    if (year >= firstPlanYear && year <= lastPlanYear) return year;
  }
  return helsinkiYear(now);
}

/** The calendar day (YYYY-MM-DD) an instant falls on in Helsinki. */
export function helsinkiDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** An instant as the day it falls on in Helsinki, e.g. 14.10.2026. */
export const formatDay = (iso: string, language: Language): string => formatCalendarDate(helsinkiDay(iso), language);

const number = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

/** The year's issues against the policy: "2 of at least 2, at most 4". */
export function planSummaryText(t: Translate, locale: string, plan: NewsletterPlan): string {
  const { minPerYear, maxPerYear } = plan.policy;
  const params = { count: number(locale, plan.sent + plan.scheduled), min: number(locale, minPerYear), max: number(locale, maxPerYear) };
  return minPerYear === 0 ? t('adminNewsletters.plan.summaryAtMost', params) : t('adminNewsletters.plan.summary', params);
}

/** How many of them have gone and how many are still to go. */
export const planBreakdownText = (t: Translate, locale: string, plan: NewsletterPlan): string =>
  t('adminNewsletters.plan.breakdown', { sent: number(locale, plan.sent), scheduled: number(locale, plan.scheduled) });

export type PlanStanding = 'below' | 'within' | 'above';

export function planStanding(plan: Pick<NewsletterPlan, 'sent' | 'scheduled' | 'policy'>): PlanStanding {
  const total = plan.sent + plan.scheduled;
  if (total < plan.policy.minPerYear) return 'below';
  if (total > plan.policy.maxPerYear) return 'above';
  return 'within';
}

/** Whether the year is on track: how many more the least asks for, or that it is over the most. */
export function planStandingText(t: Translate, locale: string, plan: NewsletterPlan): string {
  const standing = planStanding(plan);
  if (standing === 'above') return t('adminNewsletters.plan.above');
  if (standing === 'within') return t('adminNewsletters.plan.within');
  const missing = plan.policy.minPerYear - plan.sent - plan.scheduled;
  return countText(t, locale, missing, { one: 'adminNewsletters.plan.below.one', other: 'adminNewsletters.plan.below.other' });
}

/** A cadence warning in words, with its dates as days in Helsinki. */
export function cadenceWarningText(t: Translate, language: Language, locale: string, warning: CadenceWarning, policy: CadencePolicy): string {
  const params = { count: number(locale, warning.count), from: formatDay(warning.from, language), to: formatDay(warning.to, language) };
  return warning.code === 'too_many'
    ? t('adminNewsletters.warning.tooMany', { ...params, max: number(locale, policy.maxPerYear) })
    : t('adminNewsletters.warning.gapTooLong', params);
}

/** When the next issue is due at the latest, or that nothing has been sent or planned yet. */
export function nextDueText(t: Translate, language: Language, plan: Pick<NewsletterPlan, 'nextDue'>): string {
  return plan.nextDue ? t('adminNewsletters.plan.nextDue', { date: formatDay(plan.nextDue, language) }) : t('adminNewsletters.plan.nextDueNone');
}
