import { Link } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';

/** A member who does not exist, was erased, or an address that is not a member's. */
export function MemberNotFound() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('adminMember.notFoundTitle')} />
      <p>{t('adminMember.notFoundText')}</p>
      <p>
        <Link to={webPaths.adminMembers}>{t('adminMember.backToList')}</Link>
      </p>
    </div>
  );
}
