import { Link } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';

/** A posting that does not exist, or an address below the jobs section that names none. */
export function JobNotFound() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('adminJobs.notFoundTitle')} />
      <p>{t('adminJobs.notFoundText')}</p>
      <p>
        <Link to={webPaths.adminJobs}>{t('adminJobs.backToList')}</Link>
      </p>
    </div>
  );
}
