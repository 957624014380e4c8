import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../api/api-error';
import { Notice } from '../../../components/notice';
import { webPaths } from '../../../paths';

/** Members whose employment is not verified yet are refused the directory (403), its filters and profiles too. */
export const isNotVerified = (error: unknown): boolean => isApiError(error) && error.status === 403;

export function NotVerifiedNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="info" title={t('directory.notVerifiedTitle')}>
      <p>{t('directory.notVerifiedText')}</p>
      <p>
        <Link to={webPaths.membership}>{t('directory.toMembership')}</Link>
      </p>
    </Notice>
  );
}
