import type { ReactNode } from 'react';
import { languages, type Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatZonedDateTime } from '../../../i18n/dates';
import { NewsletterStatusBadge } from './newsletter-status-badge';

/** What the newsletter is, for whom, when it goes or went, and its subjects in each language. */
export function NewsletterDetails({ newsletter }: { newsletter: Newsletter }) {
  const { t, language, formatDateTime } = useI18n();
  const none = t('common.none');
  const time = (iso: string | null, zone?: string): ReactNode =>
    iso ? <time dateTime={iso}>{zone ? formatZonedDateTime(iso, language, zone) : formatDateTime(iso)}</time> : none;
  const items: readonly [string, ReactNode][] = [
    [t('adminNewsletters.detail.status'), <NewsletterStatusBadge key="status" status={newsletter.status} />],
    [t('adminNewsletters.detail.audience'), newsletter.segmentId ? (newsletter.segmentName ?? none) : t('adminNewsletters.form.audienceAll')],
    [t('adminNewsletters.detail.defaultLanguage'), t(`language.${newsletter.defaultLanguage}`)],
    [t('adminNewsletters.detail.scheduledAt'), time(newsletter.scheduledAt, newsletter.timeZone)],
    [t('adminNewsletters.detail.timeZone'), newsletter.timeZone],
    [t('adminNewsletters.detail.startedAt'), time(newsletter.startedAt)],
    [t('adminNewsletters.detail.finishedAt'), time(newsletter.finishedAt)],
    [t('adminNewsletters.detail.events'), newsletter.blocks.events === 0 ? t('adminNewsletters.form.eventsNone') : String(newsletter.blocks.events)],
    [t('adminNewsletters.detail.news'), String(newsletter.blocks.newsIds.length)],
  ];
  return (
    <>
      <dl className="member-summary">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <dl className="member-summary">
        {languages.map((l) => (
          <div key={l}>
            <dt>{t(`adminNewsletters.form.subject.${l}`)}</dt>
            <dd lang={l}>{newsletter.subject[l] || none}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
