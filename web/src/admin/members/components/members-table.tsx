import { Link } from 'react-router';
import { webPaths, withId, type MemberListItem } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { memberName } from '../member-name';
import { VerificationBadge } from './verification-badge';

export function MembersTable({ members }: { members: readonly MemberListItem[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="table-wrap" role="region" aria-labelledby="members-caption" tabIndex={0}>
      <table className="table">
        <caption id="members-caption" className="visually-hidden">
          {t('adminMembers.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('adminMembers.colName')}</th>
            <th scope="col">{t('adminMembers.colEmail')}</th>
            <th scope="col">{t('adminMembers.colType')}</th>
            <th scope="col">{t('adminMembers.colVerification')}</th>
            <th scope="col">{t('adminMembers.colDepartments')}</th>
            <th scope="col">{t('adminMembers.colCity')}</th>
            <th scope="col">{t('adminMembers.colJoined')}</th>
            <th scope="col">{t('adminMembers.colLastLogin')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row" className="cell-name">
                <Link to={withId(webPaths.adminMember, member.id)}>{memberName(member) || member.email}</Link>
                {member.status !== 'active' ? (
                  <>
                    {' '}
                    <span className={`status status--${member.status}`}>{t(`status.${member.status}`)}</span>
                  </>
                ) : null}
              </th>
              <td className="cell-email">{member.email}</td>
              <td>{t(`adminMembership.memberType.${member.memberType}`)}</td>
              <td>
                <VerificationBadge status={member.verificationStatus} />
              </td>
              <td>{member.departments.length > 0 ? member.departments.join(', ') : t('common.none')}</td>
              <td>{member.city ?? t('common.none')}</td>
              <td className="cell-nowrap">
                <time dateTime={member.joinedAt}>{formatDateTime(member.joinedAt)}</time>
              </td>
              <td className="cell-nowrap">
                {member.lastLoginAt ? (
                  <time dateTime={member.lastLoginAt}>{formatDateTime(member.lastLoginAt)}</time>
                ) : (
                  t('adminMembers.never')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
