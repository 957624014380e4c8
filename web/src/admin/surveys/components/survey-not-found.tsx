import { Link } from 'react-router';
import { webPaths } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';

/** A survey that does not exist, or an address below the surveys section that names none. */
export function SurveyNotFound() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('adminSurveys.notFoundTitle')} />
      <p>{t('adminSurveys.notFoundText')}</p>
      <p>
        <Link to={webPaths.adminSurveys}>{t('adminSurveys.backToList')}</Link>
      </p>
    </div>
  );
}
