import { consentSources, type ConsentHistoryEntry, type ConsentSource, type ConsentState } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

const isKnownSource = (source: string): source is ConsentSource => (consentSources as readonly string[]).includes(source);

export interface ConsentsSectionProps {
  current: readonly ConsentState[];
  history: readonly ConsentHistoryEntry[];
}

/** The consents in force, then every change to them, newest first, as the append-only history keeps them. */
export function ConsentsSection({ current, history }: ConsentsSectionProps) {
  const { t, formatDateTime } = useI18n();
  const newestFirst = [...history].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  return (
    <section className="panel" aria-labelledby="member-consents-title">
      <h2 id="member-consents-title">{t('adminMember.consentsTitle')}</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="table__caption">{t('adminMember.consentsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adminMember.colChannel')}</th>
              <th scope="col">{t('adminMember.colConsent')}</th>
              <th scope="col">{t('adminMember.colChanged')}</th>
            </tr>
          </thead>
          <tbody>
            {current.map((consent) => (
              <tr key={consent.channel}>
                <th scope="row">{t(`adminMembership.consent.${consent.channel}`)}</th>
                <td>
                  <span className={consent.granted ? 'consent consent--granted' : 'consent'}>
                    {t(consent.granted ? 'adminMember.consentGranted' : 'adminMember.consentNotGranted')}
                  </span>
                </td>
                <td className="cell-nowrap">
                  {consent.changedAt ? <time dateTime={consent.changedAt}>{formatDateTime(consent.changedAt)}</time> : t('adminMember.neverGiven')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="section-subtitle">{t('adminMember.historyTitle')}</h3>
      {newestFirst.length === 0 ? (
        <p className="empty">{t('adminMember.noHistory')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="member-consent-history-caption" tabIndex={0}>
          <table className="table">
            <caption id="member-consent-history-caption" className="visually-hidden">
              {t('adminMember.historyCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('adminMember.colTime')}</th>
                <th scope="col">{t('adminMember.colChannel')}</th>
                <th scope="col">{t('adminMember.colChange')}</th>
                <th scope="col">{t('adminMember.colSource')}</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((entry, index) => (
                <tr key={`${entry.createdAt}-${entry.channel}-${index}`}>
                  <th scope="row" className="cell-nowrap">
                    <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
                  </th>
                  <td>{t(`adminMembership.consent.${entry.channel}`)}</td>
                  <td>{t(entry.granted ? 'adminMember.granted' : 'adminMember.withdrawn')}</td>
                  <td>{isKnownSource(entry.source) ? t(`adminMembership.consentSource.${entry.source}`) : entry.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
