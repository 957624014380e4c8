import type { NewsletterAudience, NewsletterProgress, NewsletterStats } from '@alumni/shared';
import { countText } from '../../i18n/plural';
import type { Translate } from '../../i18n/translate';

const number = (locale: string, value: number) => new Intl.NumberFormat(locale).format(value);

/** Deliveries done one way or another: sent, failed, bounced or skipped. */
export const handledCount = (progress: NewsletterProgress): number => Math.max(0, Math.min(progress.recipients, progress.recipients - progress.left));

/** "Sent 120 of 400; 271 still to go." */
export function progressText(t: Translate, locale: string, progress: NewsletterProgress): string {
  return t('adminNewsletters.progress.summary', {
    sent: number(locale, progress.sent),
    recipients: number(locale, progress.recipients),
    left: number(locale, progress.left),
  });
}

/** A share as the locale writes a percentage, or a dash when there is nothing to divide by. */
export function percentText(locale: string, part: number, whole: number): string {
  if (whole <= 0) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

/** Opens and clicks, of the recipients who allowed tracking: no one else is followed. */
export function trackingText(t: Translate, locale: string, stats: NewsletterStats): string {
  if (stats.tracked === 0) return t('adminNewsletters.stats.noTracking');
  return countText(
    t,
    locale,
    stats.tracked,
    { one: 'adminNewsletters.stats.tracking.one', other: 'adminNewsletters.stats.tracking.other' },
    {
      opened: number(locale, stats.opened),
      openRate: percentText(locale, stats.opened, stats.tracked),
      clicked: number(locale, stats.clicked),
      clickRate: percentText(locale, stats.clicked, stats.tracked),
    },
  );
}

/** "Goes to 12 members (30 in the audience)." */
export function audienceText(t: Translate, locale: string, audience: NewsletterAudience): string {
  return t('adminNewsletters.audience.summary', {
    reach: countText(t, locale, audience.reachable, { one: 'adminNewsletters.audience.reach.one', other: 'adminNewsletters.audience.reach.other' }),
    members: countText(t, locale, audience.members, { one: 'adminNewsletters.audience.members.one', other: 'adminNewsletters.audience.members.other' }),
  });
}

/** The question before sending at once: to how many. */
export const sendNowQuestion = (t: Translate, locale: string, reachable: number | null): string =>
  reachable === null
    ? t('adminNewsletters.schedule.confirmUnknown')
    : countText(t, locale, reachable, { one: 'adminNewsletters.schedule.confirm.one', other: 'adminNewsletters.schedule.confirm.other' });
