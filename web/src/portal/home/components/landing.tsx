import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { CommunityOffer } from './community-offer';

export function Landing() {
  const { t } = useI18n();
  return (
    <div className="page">
      <div className="hero">
        <PageHeading title={t('home.landingTitle')} />
        <p className="lead">{t('home.landingIntro')}</p>
        <p className="hero__actions">
          <Link className="button button--primary" to={webPaths.register}>
            {t('links.register')}
          </Link>
          <Link className="button button--secondary" to={webPaths.signIn}>
            {t('links.signIn')}
          </Link>
        </p>
        <p className="hero__note">{t('home.joinText')}</p>
      </div>
      <section>
        <h2>{t('home.offerTitle')}</h2>
        <CommunityOffer headingLevel={3} signedIn={false} />
      </section>
    </div>
  );
}
