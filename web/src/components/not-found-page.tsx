import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';
import { PageHeading } from './page-heading';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="page page--narrow">
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('links.home')}</Link>
      </p>
    </div>
  );
}
