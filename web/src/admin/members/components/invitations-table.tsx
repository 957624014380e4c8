import type { MemberInvitation } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

export function InvitationsTable({ invitations }: { invitations: readonly MemberInvitation[] }) {
  const { t, formatDateTime } = useI18n();
  const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : t('common.none'));
  return (
    <section className="panel" aria-labelledby="member-invitations-title">
      <h2 id="member-invitations-title">{t('adminMember.invitationsTitle')}</h2>
      {invitations.length === 0 ? (
        <p className="empty">{t('adminMember.noInvitations')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('adminMember.invitationsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('adminMember.colEmployeeNumber')}</th>
                <th scope="col">{t('adminMember.colInvitedAddress')}</th>
                <th scope="col">{t('adminMember.colCreated')}</th>
                <th scope="col">{t('adminMember.colSent')}</th>
                <th scope="col">{t('adminMember.colAccepted')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={`${invitation.employeeNumber}-${invitation.createdAt}`}>
                  <th scope="row">{invitation.employeeNumber}</th>
                  <td className="cell-email">{invitation.email}</td>
                  <td className="cell-nowrap">{when(invitation.createdAt)}</td>
                  <td className="cell-nowrap">{when(invitation.sentAt)}</td>
                  <td className="cell-nowrap">{when(invitation.acceptedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
