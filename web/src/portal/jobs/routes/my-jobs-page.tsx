import { Link } from 'react-router';
import { withId, type OwnInterest, type OwnReferral } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { webPaths } from '../../../paths';
import { useMyJobActivity } from '../api/get-my-job-activity';
import { JobAlertSection } from '../components/job-alert-section';
import { NotVerifiedNotice } from '../components/not-verified-notice';
import { isNotVerified } from '../job-errors';

function InterestItem({ interest }: { interest: OwnInterest }) {
  const { t, formatDateTime } = useI18n();
  return (
    <li className="event-card">
      <h3 className="event-card__title">
        <Link to={withId(webPaths.job, interest.jobId)}>{interest.jobTitle}</Link>
      </h3>
      <ul className="badge-list">
        <li className="badge">
          <span className="visually-hidden">{t('jobBoard.mineStatus')}: </span>
          {t(`jobBoard.interestStatus.${interest.status}`)}
        </li>
      </ul>
      <p className="event-card__line muted">
        {t('jobBoard.interestSince')} <time dateTime={interest.createdAt}>{formatDateTime(interest.createdAt)}</time>
      </p>
      {interest.updatedAt !== interest.createdAt ? (
        <p className="event-card__line muted">
          {t('jobBoard.mineUpdated')} <time dateTime={interest.updatedAt}>{formatDateTime(interest.updatedAt)}</time>
        </p>
      ) : null}
    </li>
  );
}

function ReferralItem({ referral }: { referral: OwnReferral }) {
  const { t, formatDateTime } = useI18n();
  return (
    <li className="event-card">
      <h3 className="event-card__title">
        <Link to={withId(webPaths.job, referral.jobId)}>{referral.jobTitle}</Link>
      </h3>
      <ul className="badge-list">
        <li className="badge">
          <span className="visually-hidden">{t('jobBoard.mineStatus')}: </span>
          {t(`jobBoard.referralStatus.${referral.status}`)}
        </li>
      </ul>
      <p className="event-card__line">
        {t('jobBoard.mineReferredPerson')}: {referral.name} ({referral.relation})
      </p>
      <p className="event-card__line muted">
        {t('jobBoard.mineReferredOn')} <time dateTime={referral.createdAt}>{formatDateTime(referral.createdAt)}</time>
      </p>
    </li>
  );
}

/** The member's own interests and referrals, with where each stands. */
export function MyJobsPage() {
  const { t } = useI18n();
  const activity = useMyJobActivity();

  return (
    <div className="page">
      <p className="back-link">
        <Link to={webPaths.jobs}>
          <span aria-hidden="true">← </span>
          {t('jobBoard.back')}
        </Link>
      </p>
      <PageHeading title={t('jobBoard.mineTitle')} />
      <p className="lead">{t('jobBoard.mineIntro')}</p>
      <p className="visually-hidden" role="status">
        {activity.isSuccess ? t('jobBoard.mineLoaded') : ''}
      </p>
      {activity.isPending ? (
        <Loading />
      ) : activity.isError ? (
        isNotVerified(activity.error) ? (
          <NotVerifiedNotice />
        ) : (
          <Notice tone="error">{describeError(activity.error, t)}</Notice>
        )
      ) : (
        <div className="stack">
          <section aria-labelledby="my-interests-title">
            <h2 id="my-interests-title">{t('jobBoard.mineInterestsTitle')}</h2>
            {activity.data.interests.length === 0 ? (
              <div className="empty">
                <p>{t('jobBoard.mineInterestsEmpty')}</p>
                <p>
                  <Link to={webPaths.jobs}>{t('jobBoard.toBoard')}</Link>
                </p>
              </div>
            ) : (
              <ul className="event-list">
                {activity.data.interests.map((interest) => (
                  <InterestItem key={interest.jobId} interest={interest} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="my-referrals-title">
            <h2 id="my-referrals-title">{t('jobBoard.mineReferralsTitle')}</h2>
            {activity.data.referrals.length === 0 ? (
              <div className="empty">
                <p>{t('jobBoard.mineReferralsEmpty')}</p>
              </div>
            ) : (
              <ul className="event-list">
                {activity.data.referrals.map((referral) => (
                  <ReferralItem key={referral.id} referral={referral} />
                ))}
              </ul>
            )}
          </section>
          <JobAlertSection />
        </div>
      )}
    </div>
  );
}
