import { useRef, useState } from 'react';
import type { JobPage } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useRaiseInterest } from '../api/raise-interest';
import { useWithdrawInterest } from '../api/withdraw-interest';
import { CvSection } from './cv-section';

/** What a refused interest means to the member. */
export const interestErrors: ErrorOverrides = {
  rule_broken: 'jobBoard.errorClosed',
  forbidden: 'jobBoard.errorNotVerified',
};

const withdrawErrors: ErrorOverrides = {
  rule_broken: 'jobBoard.hiredText',
  forbidden: 'jobBoard.errorNotVerified',
};

const messageId = 'job-interest-message';

export interface InterestSectionProps {
  job: JobPage;
  /** The share code of the link that brought the member here, credited with the interest. */
  via: string | null;
}

/** The member's raised hand: its status, a message to the recruiter, and withdrawing it. */
export function InterestSection({ job, via }: InterestSectionProps) {
  const { t, formatDateTime } = useI18n();
  const raise = useRaiseInterest(job.id);
  const withdraw = useWithdrawInterest(job.id);
  const interest = job.interest;
  const active = interest !== null && interest.status !== 'withdrawn';
  const open = job.status === 'published';
  const [message, setMessage] = useState(active ? interest.message : '');
  const [said, setSaid] = useState('');
  const fieldErrors = useFieldErrors(raise.error);
  // The withdraw button goes away once it has done its work; focus lands on the section, not the page's top.
  const headingRef = useRef<HTMLHeadingElement>(null);

  return (
    <section className="panel" aria-labelledby="job-interest-title">
      <h2 id="job-interest-title" tabIndex={-1} ref={headingRef}>{t('jobBoard.interestTitle')}</h2>
      <div className="live-region" role="status">
        {said}
      </div>
      {interest === null ? (
        <p>{open ? t('jobBoard.interestIntro') : t('jobBoard.interestNone')}</p>
      ) : (
        <>
          <p className="my-answer">{t('jobBoard.interestStatusLine', { status: t(`jobBoard.interestStatus.${interest.status}`) })}</p>
          {interest.status === 'withdrawn' ? (
            open ? (
              <p>{t('jobBoard.interestWithdrawnText')}</p>
            ) : null
          ) : (
            <p className="muted">
              {t('jobBoard.interestSince')} <time dateTime={interest.createdAt}>{formatDateTime(interest.createdAt)}</time>
            </p>
          )}
        </>
      )}
      {open ? (
        <form
          className="form answer-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (raise.isPending) return;
            setSaid('');
            withdraw.reset();
            raise.mutate(
              { message, via },
              { onSuccess: () => setSaid(active ? t('jobBoard.updated') : t('jobBoard.raised')) },
            );
          }}
        >
          <ErrorSummary error={raise.error} overrides={interestErrors} fields={[{ name: 'message', id: messageId, label: t('jobBoard.messageLabel') }]} />
          <TextAreaField
            id={messageId}
            name="message"
            label={t('jobBoard.messageLabel')}
            hint={t('jobBoard.messageHint')}
            value={message}
            onChange={(value) => {
              raise.reset();
              setMessage(value);
            }}
            maxLength={2000}
            error={fieldErrors.message}
            counter
          />
          <Button type="submit" busy={raise.isPending}>
            {active ? t('jobBoard.updateMessage') : t('jobBoard.raise')}
          </Button>
        </form>
      ) : null}
      {active ? <CvSection jobId={job.id} cv={interest.cv} /> : null}
      {active ? (
        interest.status === 'hired' ? (
          <p className="muted">{t('jobBoard.hiredText')}</p>
        ) : (
          <div className="answer-form">
            <ErrorSummary error={withdraw.error} overrides={withdrawErrors} />
            <Button
              variant="secondary"
              busy={withdraw.isPending}
              onClick={() => {
                setSaid('');
                raise.reset();
                withdraw.mutate(undefined, {
                  onSuccess: () => {
                    setMessage('');
                    setSaid(t('jobBoard.withdrawn'));
                    headingRef.current?.focus();
                  },
                });
              }}
            >
              {t('jobBoard.withdraw')}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}
