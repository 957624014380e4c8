import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';

export function SurveysPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageHeading title={t('surveys.navLabel')} />
    </div>
  );
}
