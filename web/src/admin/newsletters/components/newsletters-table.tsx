import { Link } from 'react-router';
import { pickText, webPaths, withId, type Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { listTime } from '../newsletter-form';
import { NewsletterStatusBadge } from './newsletter-status-badge';

/** Every newsletter with its status, when it went (or goes), its audience and how far its sending is. */
export function NewslettersTable({ newsletters }: { newsletters: readonly Newsletter[] }) {
  const { t, language, locale, formatDateTime } = useI18n();
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <div className="table-wrap" role="region" aria-labelledby="newsletters-caption" tabIndex={0}>
      <table className="table">
        <caption id="newsletters-caption" className="visually-hidden">
          {t('adminNewsletters.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('adminNewsletters.colSubject')}</th>
            <th scope="col">{t('adminNewsletters.colStatus')}</th>
            <th scope="col">{t('adminNewsletters.colWhen')}</th>
            <th scope="col">{t('adminNewsletters.colAudience')}</th>
            <th scope="col" className="cell-number">
              {t('adminNewsletters.colSent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {newsletters.map((newsletter) => {
            const time = listTime(newsletter);
            return (
              <tr key={newsletter.id}>
                <th scope="row" className="cell-name">
                  <Link to={withId(webPaths.adminNewsletter, newsletter.id)}>{pickText(newsletter.subject, language) || t('adminNewsletters.untitled')}</Link>
                </th>
                <td>
                  <NewsletterStatusBadge status={newsletter.status} />
                </td>
                <td>
                  <time dateTime={time.iso}>{formatDateTime(time.iso)}</time>
                  <span className="cell-sub">{t(`adminNewsletters.time.${time.kind}`)}</span>
                </td>
                <td>{newsletter.segmentId ? (newsletter.segmentName ?? t('common.none')) : t('adminNewsletters.form.audienceAll')}</td>
                <td className="cell-number cell-nowrap">
                  {newsletter.progress.recipients > 0 ? `${n(newsletter.progress.sent)} / ${n(newsletter.progress.recipients)}` : t('common.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
