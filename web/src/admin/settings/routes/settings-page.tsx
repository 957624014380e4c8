import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';

export function SettingsPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <PageHeading title={t('admin.nav.settings')} />
    </div>
  );
}
