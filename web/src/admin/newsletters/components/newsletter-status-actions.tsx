import type { Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { countText } from '../../../i18n/plural';
import { Button } from '../../../components/button';
import { ConfirmStep } from '../../../components/confirm-step';
import { useCancelNewsletter } from '../api/cancel-newsletter';
import { usePauseNewsletter } from '../api/pause-newsletter';
import { useResumeNewsletter } from '../api/resume-newsletter';
import { useRetryFailedDeliveries } from '../api/retry-failed-deliveries';
import { availableActions } from '../newsletter-form';

export interface NewsletterStatusActionsProps {
  newsletter: Newsletter;
  onDone: (message: string) => void;
}

/** What can be done to an issue that is no longer a draft: cancel its schedule, pause or resume it, retry what failed. */
export function NewsletterStatusActions({ newsletter, onDone }: NewsletterStatusActionsProps) {
  const { t, locale } = useI18n();
  const cancel = useCancelNewsletter();
  const pause = usePauseNewsletter();
  const resume = useResumeNewsletter();
  const retry = useRetryFailedDeliveries();
  const actions = availableActions(newsletter);
  const error = cancel.error ?? pause.error ?? resume.error ?? retry.error;

  const resetErrors = () => {
    cancel.reset();
    pause.reset();
    resume.reset();
    retry.reset();
  };

  /**
   * Runs an action and announces its outcome. Cancelling turns the issue back into a draft, whose page
   * has no place for these actions, so the outcome is taken from the promise rather than from a
   * callback that would not run once this is gone; a refusal is shown from the mutation's state.
   */
  const run = (action: (id: string) => Promise<unknown>, message: string, done?: () => void) => {
    resetErrors();
    action(newsletter.id)
      .then(() => onDone(message))
      .catch(() => undefined)
      .finally(() => done?.());
  };

  if (!actions.some((action) => action === 'cancel' || action === 'pause' || action === 'resume' || action === 'retryFailed')) return null;
  return (
    <>
      {actions.includes('cancel') ? (
        <Button
          variant="secondary"
          busy={cancel.isPending}
          onClick={() => run(cancel.mutateAsync, t('adminNewsletters.cancelledMessage'))}
        >
          {t('adminNewsletters.cancelSchedule')}
        </Button>
      ) : null}
      {actions.includes('pause') ? (
        <Button
          variant="secondary"
          busy={pause.isPending}
          onClick={() => run(pause.mutateAsync, t('adminNewsletters.pausedMessage'))}
        >
          {t('adminNewsletters.pause')}
        </Button>
      ) : null}
      {actions.includes('resume') ? (
        <Button
          busy={resume.isPending}
          onClick={() => run(resume.mutateAsync, t('adminNewsletters.resumedMessage'))}
        >
          {t('adminNewsletters.resume')}
        </Button>
      ) : null}
      {actions.includes('retryFailed') ? (
        <div className="member-action">
          <ConfirmStep
            questionId="newsletter-retry-question"
            question={countText(t, locale, newsletter.progress.failed, { one: 'adminNewsletters.retryQuestion.one', other: 'adminNewsletters.retryQuestion.other' })}
            trigger={t('adminNewsletters.retryFailed')}
            confirmLabel={t('adminNewsletters.retryYes')}
            danger={false}
            busy={retry.isPending}
            onOpen={resetErrors}
            onConfirm={(done) => run(retry.mutateAsync, t('adminNewsletters.retriedMessage'), done)}
          />
        </div>
      ) : null}
      {error ? (
        <p className="row-error" role="alert">
          {describeError(error, t, { conflict: 'adminNewsletters.actionConflict', rule_broken: 'adminNewsletters.actionConflict' })}
        </p>
      ) : null}
    </>
  );
}
