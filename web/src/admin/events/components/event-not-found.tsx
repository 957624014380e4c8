import { Link } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';

/** An event that does not exist, or an address below the events section that names none. */
export function EventNotFound() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('adminEvents.notFoundTitle')} />
      <p>{t('adminEvents.notFoundText')}</p>
      <p>
        <Link to={webPaths.adminEvents}>{t('adminEvents.backToList')}</Link>
      </p>
    </div>
  );
}
