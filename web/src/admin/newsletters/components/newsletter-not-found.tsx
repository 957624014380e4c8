import { Link } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';

/** A newsletter that does not exist, or an address below the newsletters section that names none. */
export function NewsletterNotFound() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('adminNewsletters.notFoundTitle')} />
      <p>{t('adminNewsletters.notFoundText')}</p>
      <p>
        <Link to={webPaths.adminNewsletters}>{t('adminNewsletters.backToList')}</Link>
      </p>
    </div>
  );
}
