import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { Notice } from '../../../components/notice';
import { webPaths } from '../../../paths';

/** For a member the archive is refused to: where to see how their membership stands. */
export function NotVerifiedNotice() {
  const { t } = useI18n();
  return (
    <Notice tone="info" title={t('newsletterArchive.notVerifiedTitle')}>
      <p>{t('newsletterArchive.notVerifiedText')}</p>
      <p>
        <Link to={webPaths.membership}>{t('newsletterArchive.toMembership')}</Link>
      </p>
    </Notice>
  );
}
