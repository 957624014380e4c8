import type { AuditEntry } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { auditActionLabels, isAuditAction } from '../action-labels';

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="table-wrap" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table">
        <caption id="audit-caption" className="visually-hidden">
          {t('audit.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.colTime')}</th>
            <th scope="col">{t('audit.colActor')}</th>
            <th scope="col">{t('audit.colAction')}</th>
            <th scope="col">{t('audit.colObject')}</th>
            <th scope="col">{t('audit.colIp')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="cell-nowrap">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
              </td>
              <td className="cell-email">{entry.actorEmail ?? t('audit.system')}</td>
              <td>
                {isAuditAction(entry.action) ? <span className="audit-action">{t(auditActionLabels[entry.action])}</span> : null}
                <code className="audit-action__code">{entry.action}</code>
              </td>
              <td>
                <code>{entry.objectType}</code>
                {entry.objectLabel ? (
                  <span className="cell-id"> {entry.objectLabel}</span>
                ) : entry.objectId ? (
                  <span className="muted cell-id"> {entry.objectId}</span>
                ) : null}
              </td>
              <td>{entry.ip ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
