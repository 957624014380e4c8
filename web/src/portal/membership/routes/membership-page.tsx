import { useState } from 'react';
import { Link } from 'react-router';
import type { MembershipStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useMembership } from '../api/get-membership';
import { ClaimForm } from '../components/claim-form';
import { ClaimReplyForm } from '../components/claim-reply-form';
import { ClaimSummary } from '../components/claim-summary';

/** What the member just did on this page, so the next state can say it went through. */
type JustDone = 'claimed' | 'replied' | null;

function Verified({ justDone }: { justDone: JustDone }) {
  const { t } = useI18n();
  return (
    <>
      <Notice focus={justDone === 'claimed'} title={t('membership.verifiedTitle')}>
        <p>{justDone === 'claimed' ? t('membership.verifiedAtOnce') : t('membership.verifiedText')}</p>
      </Notice>
      <section className="panel" aria-labelledby="membership-next-title">
        <h2 id="membership-next-title">{t('membership.nextTitle')}</h2>
        <ul className="link-list">
          <li>
            <Link to={webPaths.profile}>{t('membership.toProfile')}</Link>
          </li>
          <li>
            <Link to={webPaths.directory}>{t('membership.toDirectory')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

function StatusView({ status, justDone, onDone }: { status: MembershipStatus; justDone: JustDone; onDone: (done: JustDone) => void }) {
  const { t } = useI18n();
  const [claimAgain, setClaimAgain] = useState(false);
  const claim = status.claim;

  switch (status.verificationStatus) {
    case 'verified':
      return <Verified justDone={justDone} />;
    case 'pending':
      return (
        <div className="stack">
          <Notice tone="info" focus={justDone !== null} title={t('membership.pendingTitle')}>
            <p>{justDone === 'replied' ? t('membership.replySent') : t('membership.pendingText')}</p>
          </Notice>
          {claim ? <ClaimSummary claim={claim} /> : null}
        </div>
      );
    case 'info_requested':
      return (
        <div className="stack">
          <p className="lead">{t('membership.infoRequestedText')}</p>
          <ClaimReplyForm question={claim?.decisionNote ?? null} onReplied={() => onDone('replied')} />
          {claim ? <ClaimSummary claim={claim} /> : null}
        </div>
      );
    case 'rejected':
      if (claimAgain) {
        return (
          <div className="panel">
            <ClaimForm
              previous={claim}
              onSubmitted={() => {
                setClaimAgain(false);
                onDone('claimed');
              }}
            />
          </div>
        );
      }
      return (
        <div className="stack">
          <section className="panel" aria-labelledby="membership-rejected-title">
            <h2 id="membership-rejected-title">{t('membership.rejectedTitle')}</h2>
            <p>{t('membership.rejectedText')}</p>
            {claim?.decisionNote ? (
              <>
                <p className="quote-label">{t('membership.reasonLabel')}</p>
                <blockquote className="quote pre-line">{claim.decisionNote}</blockquote>
              </>
            ) : null}
            <p>{t('membership.claimAgainText')}</p>
            <Button variant="secondary" onClick={() => setClaimAgain(true)}>
              {t('membership.claimAgain')}
            </Button>
          </section>
          {claim ? <ClaimSummary claim={claim} /> : null}
        </div>
      );
    case 'unverified':
      return (
        <>
          <p className="lead">{t('membership.unverifiedIntro')}</p>
          <div className="panel">
            <ClaimForm onSubmitted={() => onDone('claimed')} />
          </div>
        </>
      );
  }
}

/** The member's way to verified membership: the claim, its status, HR's question, and what comes next. */
export function MembershipPage() {
  const { t } = useI18n();
  const membership = useMembership();
  const [justDone, setJustDone] = useState<JustDone>(null);

  return (
    <div className="page page--medium">
      <PageHeading title={t('membership.title')} />
      {membership.isPending ? (
        <Loading />
      ) : membership.isError ? (
        <Notice tone="error">{describeError(membership.error, t)}</Notice>
      ) : (
        <StatusView key={membership.data.verificationStatus} status={membership.data} justDone={justDone} onDone={setJustDone} />
      )}
    </div>
  );
}
