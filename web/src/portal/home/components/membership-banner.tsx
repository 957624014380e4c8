import { Link } from 'react-router';
import type { VerificationStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { webPaths } from '../../../paths';
import { useMembership } from '../../membership/api/get-membership';

type Unfinished = Exclude<VerificationStatus, 'verified'>;

const texts = {
  unverified: { title: 'homeMembership.unverifiedTitle', text: 'homeMembership.unverifiedText', link: 'homeMembership.unverifiedLink' },
  pending: { title: 'homeMembership.pendingTitle', text: 'homeMembership.pendingText', link: 'homeMembership.pendingLink' },
  info_requested: { title: 'homeMembership.infoTitle', text: 'homeMembership.infoText', link: 'homeMembership.infoLink' },
  rejected: { title: 'homeMembership.rejectedTitle', text: 'homeMembership.rejectedText', link: 'homeMembership.rejectedLink' },
} as const satisfies Record<Unfinished, object>;

/** Until the member's employment is verified, home says where they stand and what to do next. */
export function MembershipBanner() {
  const { t } = useI18n();
  const membership = useMembership();
  const status = membership.data?.verificationStatus;
  if (!status || status === 'verified') return null;
  const copy = texts[status];
  return (
    <section className={`callout callout--${status === 'rejected' || status === 'info_requested' ? 'action' : 'info'}`} aria-labelledby="membership-banner-title">
      <h2 id="membership-banner-title" className="callout__title">
        {t(copy.title)}
      </h2>
      <p>{t(copy.text)}</p>
      <p>
        <Link className="button button--primary" to={webPaths.membership}>
          {t(copy.link)}
        </Link>
      </p>
    </section>
  );
}
