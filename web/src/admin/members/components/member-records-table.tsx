import type { EmploymentRecord } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';

/** The HR system's records linked to the member: what verified their employment. */
export function MemberRecordsTable({ records }: { records: readonly EmploymentRecord[] }) {
  const { t, language } = useI18n();
  return (
    <section className="panel" aria-labelledby="member-records-title">
      <h2 id="member-records-title">{t('adminMember.recordsTitle')}</h2>
      {records.length === 0 ? (
        <p className="empty">{t('adminMember.noRecords')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="member-records-caption" tabIndex={0}>
          <table className="table">
            <caption id="member-records-caption" className="visually-hidden">
              {t('adminMember.recordsCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('adminMember.colEmployeeNumber')}</th>
                <th scope="col">{t('adminMember.colName')}</th>
                <th scope="col">{t('adminMember.colEmail')}</th>
                <th scope="col">{t('adminMember.colDepartment')}</th>
                <th scope="col">{t('adminMember.colTitle')}</th>
                <th scope="col">{t('adminMember.colStart')}</th>
                <th scope="col">{t('adminMember.colEnd')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={record.id}>
                  <th scope="row">{record.employeeNumber}</th>
                  <td>
                    {record.firstName} {record.lastName}
                  </td>
                  <td className="cell-email">{record.email ?? t('common.none')}</td>
                  <td>{record.department}</td>
                  <td>{record.title}</td>
                  <td className="cell-nowrap">{formatCalendarDate(record.startDate, language)}</td>
                  <td className="cell-nowrap">{record.endDate ? formatCalendarDate(record.endDate, language) : t('adminMember.ongoing')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
