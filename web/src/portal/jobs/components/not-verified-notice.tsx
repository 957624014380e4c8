import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { Notice } from '../../../components/notice';
import { webPaths } from '../../../paths';

/** For a member the job board is refused to (403): where to see how their membership stands. */
export function NotVerifiedNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="info" title={t('jobBoard.notVerifiedTitle')}>
      <p>{t('jobBoard.notVerifiedText')}</p>
      <p>
        <Link to={webPaths.membership}>{t('jobBoard.toMembership')}</Link>
      </p>
    </Notice>
  );
}
