import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';
import { PageHeading } from '../components/page-heading';

export function RouteErrorPage() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('app.errorTitle')} />
      <p>{t('app.errorText')}</p>
      <p>
        <Link to="/">{t('links.home')}</Link>
      </p>
    </div>
  );
}
