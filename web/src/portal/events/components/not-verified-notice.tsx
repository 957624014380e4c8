import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { isApiError } from '../../../api/api-error';
import { Notice } from '../../../components/notice';
import { webPaths } from '../../../paths';

/** Members whose employment is not verified yet are refused events (403): their lists, pages and answers. */
export const isNotVerified = (error: unknown): boolean => isApiError(error) && error.status === 403;

export function NotVerifiedNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="info" title={t('events.notVerifiedTitle')}>
      <p>{t('events.notVerifiedText')}</p>
      <p>
        <Link to={webPaths.membership}>{t('events.toMembership')}</Link>
      </p>
    </Notice>
  );
}
