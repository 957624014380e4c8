import type { Claim } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';

export function ClaimsTable({ claims }: { claims: readonly Claim[] }) {
  const { t, language, formatDateTime } = useI18n();
  const none = t('common.none');
  return (
    <section className="panel" aria-labelledby="member-claims-title">
      <h2 id="member-claims-title">{t('adminMember.claimsTitle')}</h2>
      {claims.length === 0 ? (
        <p className="empty">{t('adminMember.noClaims')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="member-claims-caption" tabIndex={0}>
          <table className="table">
            <caption id="member-claims-caption" className="visually-hidden">
              {t('adminMember.claimsCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('adminMember.colSubmitted')}</th>
                <th scope="col">{t('adminMember.colClaim')}</th>
                <th scope="col">{t('adminMember.colMonths')}</th>
                <th scope="col">{t('adminMember.colEmployeeNumber')}</th>
                <th scope="col">{t('adminMember.colClaimStatus')}</th>
                <th scope="col">{t('adminMember.colNotes')}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr key={claim.id}>
                  <th scope="row" className="cell-nowrap">
                    <time dateTime={claim.createdAt}>{formatDateTime(claim.createdAt)}</time>
                  </th>
                  <td>
                    {claim.title}, {claim.department}
                    <span className="cell-sub">{t(`adminMembership.memberType.${claim.memberType}`)}</span>
                  </td>
                  <td className="cell-nowrap">
                    {formatCalendarDate(claim.startMonth, language)} – {claim.endMonth ? formatCalendarDate(claim.endMonth, language) : t('adminMember.ongoing')}
                  </td>
                  <td>{claim.employeeNumber ?? none}</td>
                  <td>
                    <span className={`status verification--${claim.status}`}>{t(`adminMembership.verification.${claim.status}`)}</span>
                    {claim.autoVerified ? <span className="cell-sub">{t('adminMember.autoVerified')}</span> : null}
                    {claim.decidedAt ? (
                      <span className="cell-sub">
                        <time dateTime={claim.decidedAt}>{formatDateTime(claim.decidedAt)}</time>
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {claim.memberNote ? (
                      <p className="cell-note">
                        <span className="cell-note__label">{t('adminMember.memberNote')}</span> {claim.memberNote}
                      </p>
                    ) : null}
                    {claim.decisionNote ? (
                      <p className="cell-note">
                        <span className="cell-note__label">{t('adminMember.decisionNote')}</span> {claim.decisionNote}
                      </p>
                    ) : null}
                    {!claim.memberNote && !claim.decisionNote ? none : null}
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
