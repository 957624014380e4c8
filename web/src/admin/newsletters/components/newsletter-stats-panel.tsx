import type { Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useNewsletterStats } from '../api/get-newsletter-stats';
import { isLive } from '../newsletter-form';
import { percentText, trackingText } from '../sending-figures';

/** Deliveries, opens, clicks per link and unsubscribes; opens and clicks count only those who allowed tracking. */
export function NewsletterStatsPanel({ newsletter }: { newsletter: Newsletter }) {
  const { t, locale } = useI18n();
  const stats = useNewsletterStats(newsletter.id, isLive(newsletter.status));
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);

  return (
    <section className="panel" aria-labelledby="newsletter-stats-title">
      <h2 id="newsletter-stats-title">{t('adminNewsletters.stats.title')}</h2>
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <Notice tone="error">{describeError(stats.error, t)}</Notice>
      ) : (
        <>
          <dl className="import-counts">
            {(
              [
                [t('adminNewsletters.figure.recipients'), stats.data.recipients],
                [t('adminNewsletters.figure.sent'), stats.data.sent],
                [t('adminNewsletters.figure.failed'), stats.data.failed],
                [t('adminNewsletters.figure.bounced'), stats.data.bounced],
                [t('adminNewsletters.figure.skipped'), stats.data.skipped],
                [t('adminNewsletters.figure.unsubscribed'), stats.data.unsubscribed],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="import-counts__item">
                <dt>{label}</dt>
                <dd>{n(value)}</dd>
              </div>
            ))}
          </dl>
          <h3>{t('adminNewsletters.stats.trackingTitle')}</h3>
          <p>{trackingText(t, locale, stats.data)}</p>
          <p className="muted">{t('adminNewsletters.stats.trackingNote')}</p>
          {stats.data.links.length === 0 ? (
            <p className="muted">{t('adminNewsletters.stats.noLinks')}</p>
          ) : (
            <div className="table-wrap" role="region" aria-labelledby="newsletter-links-caption" tabIndex={0}>
              <table className="table table--compact">
                <caption id="newsletter-links-caption" className="table__caption">
                  {t('adminNewsletters.stats.linksCaption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('adminNewsletters.stats.colLink')}</th>
                    <th scope="col" className="cell-number">
                      {t('adminNewsletters.stats.colClicks')}
                    </th>
                    <th scope="col" className="cell-number">
                      {t('adminNewsletters.stats.colClickers')}
                    </th>
                    <th scope="col" className="cell-number">
                      {t('adminNewsletters.stats.colShare')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.data.links.map((link) => (
                    <tr key={link.url}>
                      <th scope="row" className="cell-email">
                        {link.url}
                      </th>
                      <td className="cell-number">{n(link.clicks)}</td>
                      <td className="cell-number">{n(link.clickers)}</td>
                      <td className="cell-number">{percentText(locale, link.clickers, stats.data.tracked)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
