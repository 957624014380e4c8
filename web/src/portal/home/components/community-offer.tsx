import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import { Card } from '../../../components/card';
import type { MessageKey } from '../../../i18n/en';
import { webPaths } from '../../../paths';

const comingSoon: readonly { title: MessageKey; text: MessageKey }[] = [{ title: 'home.jobsTitle', text: 'home.jobsText' }];

export interface CommunityOfferProps {
  headingLevel: 2 | 3;
  /** Signed-in people get a way into the directory; others see what joining brings. */
  signedIn: boolean;
  /** Members get a way to their events and the newsletter archive too; staff run both in the console. */
  member?: boolean;
}

/** What membership brings; the features not yet open say so. */
export function CommunityOffer({ headingLevel, signedIn, member = false }: CommunityOfferProps) {
  const { t } = useI18n();
  return (
    <div className="card-grid">
      <Card title={t('home.directoryTitle')} headingLevel={headingLevel}>
        <p>{t('home.directoryText')}</p>
        {signedIn ? (
          <p>
            <Link to={webPaths.directory}>{t('homeMembership.directoryLink')}</Link>
          </p>
        ) : (
          <p>
            <Link to={webPaths.register}>{t('homeMembership.directoryJoin')}</Link>
          </p>
        )}
      </Card>
      <Card title={t('home.eventsTitle')} headingLevel={headingLevel}>
        <p>{t('home.eventsText')}</p>
        {signedIn ? (
          member ? (
            <p>
              <Link to={webPaths.events}>{t('events.offerLink')}</Link>
            </p>
          ) : null
        ) : (
          <p>
            <Link to={webPaths.register}>{t('events.offerJoin')}</Link>
          </p>
        )}
      </Card>
      <Card title={t('home.newsletterTitle')} headingLevel={headingLevel}>
        <p>{t('home.newsletterText')}</p>
        {signedIn ? (
          member ? (
            <p>
              <Link to={webPaths.newsletters}>{t('newsletterArchive.offerLink')}</Link>
            </p>
          ) : null
        ) : (
          <p>
            <Link to={webPaths.register}>{t('newsletterArchive.offerJoin')}</Link>
          </p>
        )}
      </Card>
      {comingSoon.map((offer) => (
        <Card key={offer.title} title={t(offer.title)} headingLevel={headingLevel} badge={t('home.comingSoon')}>
          <p>{t(offer.text)}</p>
        </Card>
      ))}
    </div>
  );
}
