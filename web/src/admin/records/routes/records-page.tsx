import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';
import { ImportPanel } from '../components/import-panel';
import { RecordsSection } from '../components/records-section';

export function RecordsPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageHeading title={t('adminRecords.title')} />
      <p className="lead">{t('adminRecords.intro')}</p>
      <div className="stack">
        <ImportPanel />
        <RecordsSection />
      </div>
    </div>
  );
}
