import { Link } from 'react-router';
import { isStaff, type User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Card } from '../../../components/card';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { UpcomingEventsCard } from '../../events/components/upcoming-events-card';
import { LatestNews } from '../../news/components/latest-news';
import { useMembership } from '../../membership/api/get-membership';
import { CommunityOffer } from './community-offer';
import { MembershipBanner } from './membership-banner';

export function Dashboard({ user }: { user: User }) {
  const { t } = useI18n();
  const title = user.firstName ? t('home.greeting', { name: user.firstName }) : t('home.greetingNoName');
  const member = user.role === 'member';
  // Events are open to members whose employment is verified; the banner tells the others how to get there.
  const verified = useMembership(member).data?.verificationStatus === 'verified';
  return (
    <div className="page">
      <PageHeading title={title} />
      <p className="lead">{t('home.signedInIntro')}</p>
      {member ? <MembershipBanner /> : null}
      <section>
        <h2>{t('home.yourTitle')}</h2>
        <div className="card-grid">
          {member ? (
            <Card title={t('homeMembership.profileCardTitle')} headingLevel={3}>
              <p>{t('homeMembership.profileCardText')}</p>
              <p>
                <Link to={webPaths.profile}>{t('homeMembership.profileCardLink')}</Link>
              </p>
            </Card>
          ) : null}
          {member && verified ? <UpcomingEventsCard headingLevel={3} /> : null}
          <Card title={t('home.accountCardTitle')} headingLevel={3}>
            <p>{t('home.accountCardText')}</p>
            <p>
              <Link to={webPaths.account}>{t('home.accountCardLink')}</Link>
            </p>
          </Card>
          {isStaff(user.role) ? (
            <Card title={t('home.adminCardTitle')} headingLevel={3}>
              <p>{t('home.adminCardText')}</p>
              <p>
                <Link to={webPaths.admin}>{t('home.adminCardLink')}</Link>
              </p>
            </Card>
          ) : null}
        </div>
      </section>
      {member ? <LatestNews /> : null}
      <section>
        <h2>{t('home.offerTitle')}</h2>
        <CommunityOffer headingLevel={3} signedIn member={member} />
      </section>
    </div>
  );
}
