import type { EmploymentPeriod } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';

export function EmploymentTable({ periods }: { periods: readonly EmploymentPeriod[] }) {
  const { t, language } = useI18n();
  return (
    <section className="panel" aria-labelledby="member-employment-title">
      <h2 id="member-employment-title">{t('adminMember.employmentTitle')}</h2>
      {periods.length === 0 ? (
        <p className="empty">{t('adminMember.noEmployment')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('adminMember.employmentCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminMember.colDepartment')}</th>
                <th scope="col">{t('adminMember.colTitle')}</th>
                <th scope="col">{t('adminMember.colStart')}</th>
                <th scope="col">{t('adminMember.colEnd')}</th>
                <th scope="col">{t('adminMember.colVerified')}</th>
              </tr>
            </thead>
            <tbody>
              {periods.map((period) => (
                <tr key={period.id}>
                  <th scope="row">{period.department}</th>
                  <td>{period.title}</td>
                  <td className="cell-nowrap">{formatCalendarDate(period.startDate, language)}</td>
                  <td className="cell-nowrap">{period.endDate ? formatCalendarDate(period.endDate, language) : t('adminMember.ongoing')}</td>
                  <td>
                    {period.verified ? (
                      <span className="status verification--verified">{t('adminMember.verifiedPeriod')}</span>
                    ) : (
                      <span className="muted">{t('adminMember.claimedPeriod')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
