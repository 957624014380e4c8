import type { Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatZonedDateTime } from '../../../i18n/dates';
import { handledCount, progressText } from '../sending-figures';

/**
 * How far the sending is: a progress bar named by the panel's heading and described by the figures.
 * The page reads the newsletter again every two seconds while it goes out, so the bar moves; it is not
 * a live region, so a screen reader is not interrupted at every step.
 */
export function SendingProgress({ newsletter }: { newsletter: Newsletter }) {
  const { t, language, locale } = useI18n();
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const { progress } = newsletter;
  // Failures are marked, since they are what HR may act on (retry).
  const items: readonly [string, number, boolean][] = [
    [t('adminNewsletters.figure.recipients'), progress.recipients, false],
    [t('adminNewsletters.figure.sent'), progress.sent, false],
    [t('adminNewsletters.figure.failed'), progress.failed, progress.failed > 0],
    [t('adminNewsletters.figure.bounced'), progress.bounced, false],
    [t('adminNewsletters.figure.skipped'), progress.skipped, false],
    [t('adminNewsletters.figure.left'), progress.left, false],
  ];
  return (
    <section className="panel" aria-labelledby="newsletter-progress-title">
      <h2 id="newsletter-progress-title">{t('adminNewsletters.progress.title')}</h2>
      <div className="newsletter-progress">
        {progress.recipients > 0 ? (
          <progress
            id="newsletter-progress-bar"
            max={progress.recipients}
            value={handledCount(progress)}
            aria-labelledby="newsletter-progress-title"
            aria-describedby="newsletter-progress-text"
          />
        ) : (
          <progress id="newsletter-progress-bar" aria-labelledby="newsletter-progress-title" aria-describedby="newsletter-progress-text" />
        )}
        <p id="newsletter-progress-text">
          {progress.recipients > 0 ? progressText(t, locale, progress) : t('adminNewsletters.progress.preparing')}
        </p>
      </div>
      {newsletter.status === 'paused' ? <p>{t('adminNewsletters.progress.pausedNote')}</p> : null}
      {newsletter.status === 'scheduled' && newsletter.scheduledAt ? (
        <p>{t('adminNewsletters.progress.scheduledNote', { time: formatZonedDateTime(newsletter.scheduledAt, language, newsletter.timeZone) })}</p>
      ) : null}
      <dl className="import-counts">
        {items.map(([label, value, problem]) => (
          <div key={label} className={problem ? 'import-counts__item import-counts__item--problems' : 'import-counts__item'}>
            <dt>{label}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
