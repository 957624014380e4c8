import { pickText, type AdminEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ConfirmStep } from '../../../components/confirm-step';
import { useCancelEvent } from '../api/cancel-event';
import { usePublishEvent } from '../api/publish-event';

export interface EventStatusActionsProps {
  event: AdminEvent;
  onDone: (message: string) => void;
}

/** Publish a draft; cancel a draft or a published event, asked once more since it mails everyone who answered. */
export function EventStatusActions({ event, onDone }: EventStatusActionsProps) {
  const { t, language } = useI18n();
  const publish = usePublishEvent();
  const cancel = useCancelEvent();
  const error = publish.error ?? cancel.error;
  const title = pickText(event.title, language) || t('adminEvents.untitled');

  const resetErrors = () => {
    publish.reset();
    cancel.reset();
  };

  if (event.status === 'cancelled') return null;
  return (
    <>
      {event.status === 'draft' ? (
        <Button
          busy={publish.isPending}
          onClick={() => {
            resetErrors();
            publish.mutate(event.id, { onSuccess: () => onDone(t('adminEvents.publishedMessage')) });
          }}
        >
          {t('adminEvents.publish')}
        </Button>
      ) : null}
      <div className="member-action">
        <ConfirmStep
          questionId="event-cancel-question"
          question={t('adminEvents.cancelQuestion', { title })}
          trigger={t('adminEvents.cancel')}
          confirmLabel={t('adminEvents.cancelYes')}
          dismissLabel={t('adminEvents.cancelKeep')}
          danger
          busy={cancel.isPending}
          onOpen={resetErrors}
          onConfirm={(done) => {
            resetErrors();
            cancel.mutate(event.id, { onSuccess: () => onDone(t('adminEvents.cancelledMessage')), onSettled: done });
          }}
        />
      </div>
      {error ? (
        <p className="row-error" role="alert">
          {describeError(error, t, { rule_broken: 'adminEvents.statusRuleBroken' })}
        </p>
      ) : null}
    </>
  );
}
