import { useI18n } from '../../../i18n/i18n-provider';
import { Card } from '../../../components/card';
import type { MessageKey } from '../../../i18n/en';

const offers: readonly { title: MessageKey; text: MessageKey }[] = [
  { title: 'home.directoryTitle', text: 'home.directoryText' },
  { title: 'home.eventsTitle', text: 'home.eventsText' },
  { title: 'home.newsletterTitle', text: 'home.newsletterText' },
  { title: 'home.jobsTitle', text: 'home.jobsText' },
];

/** What membership brings; the features not yet open say so. */
export function CommunityOffer({ headingLevel }: { headingLevel: 2 | 3 }) {
  const { t } = useI18n();
  return (
    <div className="card-grid">
      {offers.map((offer) => (
        <Card key={offer.title} title={t(offer.title)} headingLevel={headingLevel} badge={t('home.comingSoon')}>
          <p>{t(offer.text)}</p>
        </Card>
      ))}
    </div>
  );
}
