import { useState } from 'react';
import { referralStatuses, staffInterestStatuses, type InterestStatus, type StaffInterest, type StaffReferral } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useJobResponses } from '../api/get-job-responses';
import { useSetInterestStatus, useSetReferralStatus, type StaffInterestStatus } from '../api/set-response-status';
import { StatusControl } from './status-control';

const isStaffStatus = (status: InterestStatus): status is StaffInterestStatus => status !== 'withdrawn';

function InterestItem({ jobId, interest, onDone }: { jobId: string; interest: StaffInterest; onDone: (message: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const mutation = useSetInterestStatus(jobId);
  const status = interest.status;
  return (
    <li className="talent-card">
      <h4>{interest.member.name}</h4>
      <p className="muted">
        {interest.member.email} · <time dateTime={interest.createdAt}>{formatDateTime(interest.createdAt)}</time>
      </p>
      <p className="job-description">{interest.message || t('adminJobs.responses.noMessage')}</p>
      {interest.sharedBy ? <p>{t('adminJobs.responses.sharedBy', { name: interest.sharedBy.name })}</p> : null}
      {isStaffStatus(status) ? (
        <StatusControl<StaffInterestStatus>
          id={`interest-status-${interest.id}`}
          who={interest.member.name}
          value={status}
          options={staffInterestStatuses.map((s) => ({ value: s, label: t(`adminJobs.interestStatus.${s}`) }))}
          busy={mutation.isPending}
          error={mutation.error}
          onSave={(next) =>
            mutation.mutate(
              { id: interest.id, status: next },
              { onSuccess: () => onDone(t('adminJobs.responses.statusSaved', { name: interest.member.name, status: t(`adminJobs.interestStatus.${next}`) })) },
            )
          }
        />
      ) : (
        <p>
          <span className="status status--suspended">{t('adminJobs.interestStatus.withdrawn')}</span>
        </p>
      )}
    </li>
  );
}

function ReferralItem({ jobId, referral, onDone }: { jobId: string; referral: StaffReferral; onDone: (message: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const mutation = useSetReferralStatus(jobId);
  return (
    <li className="talent-card">
      <h4>
        {referral.name}
        {referral.candidateIsMember ? (
          <>
            {' '}
            <span className="status status--active">{t('adminJobs.responses.alreadyMember')}</span>
          </>
        ) : null}
      </h4>
      <p className="muted">
        {referral.email} · <time dateTime={referral.createdAt}>{formatDateTime(referral.createdAt)}</time>
      </p>
      <p>{t('adminJobs.responses.referredBy', { name: referral.referrer.name, relation: referral.relation })}</p>
      {referral.note ? <p className="job-description">{referral.note}</p> : null}
      <StatusControl
        id={`referral-status-${referral.id}`}
        who={referral.name}
        value={referral.status}
        options={referralStatuses.map((s) => ({ value: s, label: t(`adminJobs.referralStatus.${s}`) }))}
        busy={mutation.isPending}
        error={mutation.error}
        onSave={(next) =>
          mutation.mutate(
            { id: referral.id, status: next },
            { onSuccess: () => onDone(t('adminJobs.responses.statusSaved', { name: referral.name, status: t(`adminJobs.referralStatus.${next}`) })) },
          )
        }
      />
    </li>
  );
}

/** The members who raised a hand for the posting, and the people they referred. */
export function ResponsesPanel({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const responses = useJobResponses(jobId);
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="panel" aria-labelledby="job-responses-title">
      <h2 id="job-responses-title">{t('adminJobs.responses.title')}</h2>
      <div className="live-region" role="status">
        {announcement}
      </div>
      {responses.isPending ? (
        <Loading />
      ) : responses.isError ? (
        <Notice tone="error">{describeError(responses.error, t)}</Notice>
      ) : (
        <>
          <h3>{t('adminJobs.responses.interestsTitle', { count: responses.data.interests.length })}</h3>
          {responses.data.interests.length === 0 ? (
            <p className="empty">{t('adminJobs.responses.noInterests')}</p>
          ) : (
            <ul className="response-list">
              {responses.data.interests.map((interest) => (
                <InterestItem key={`${interest.id}-${interest.status}`} jobId={jobId} interest={interest} onDone={setAnnouncement} />
              ))}
            </ul>
          )}
          <h3>{t('adminJobs.responses.referralsTitle', { count: responses.data.referrals.length })}</h3>
          {responses.data.referrals.length === 0 ? (
            <p className="empty">{t('adminJobs.responses.noReferrals')}</p>
          ) : (
            <ul className="response-list">
              {responses.data.referrals.map((referral) => (
                <ReferralItem key={`${referral.id}-${referral.status}`} jobId={jobId} referral={referral} onDone={setAnnouncement} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
