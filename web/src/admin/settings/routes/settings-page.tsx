import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { CadencePanel } from '../../newsletters/components/cadence-panel';
import { useAdminSettings } from '../api/get-settings';
import { LogoPanel } from '../components/logo-panel';
import { OrgSettingsForm } from '../components/org-settings-form';
import '../settings.css';

/** The organisation's settings (admins): name, colours, languages, saving figures, logo and newsletter cadence. */
export function SettingsPage() {
  const { t } = useI18n();
  const current = useAdminSettings();
  return (
    <div className="page">
      <PageHeading title={t('admin.nav.settings')} />
      <p className="lead">{t('adminSettings.intro')}</p>
      {current.isPending ? (
        <Loading />
      ) : current.isError ? (
        <Notice tone="error">{describeError(current.error, t)}</Notice>
      ) : (
        <div className="stack">
          <OrgSettingsForm current={current.data} />
          <LogoPanel logo={current.data.logo} />
          <CadencePanel />
        </div>
      )}
    </div>
  );
}
