import type { AdminEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { countText } from '../../../i18n/plural';
import { ConfirmStep } from '../../../components/confirm-step';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { useEventAudience } from '../api/get-event-audience';
import { useSendInvitations } from '../api/send-invitations';
import { audienceSummaryText, invitationResultText } from '../invitation-text';

/**
 * Who the audience holds and who is still to be invited, and the button that mails them. Sending is
 * safe to repeat: only reachable members not invited yet get a mail, e.g. those who joined since.
 */
export function InvitationsPanel({ event }: { event: AdminEvent }) {
  const { t, locale } = useI18n();
  const published = event.status === 'published';
  const audience = useEventAudience(event.id, published);
  const send = useSendInvitations();

  return (
    <section className="panel" aria-labelledby="event-invitations-title">
      <h2 id="event-invitations-title">{t('adminEvents.invitations.title')}</h2>
      {event.status === 'draft' ? (
        <p>{t('adminEvents.invitations.draftNote')}</p>
      ) : event.status === 'cancelled' ? (
        <p>{t('adminEvents.invitations.cancelledNote')}</p>
      ) : audience.isPending ? (
        <Loading />
      ) : audience.isError ? (
        <Notice tone="error">{describeError(audience.error, t)}</Notice>
      ) : (
        <>
          <p className="invitation-audience">{audienceSummaryText(t, locale, audience.data)}</p>
          <p className="muted">{t('adminEvents.invitations.explain')}</p>
          <div className="live-region" role="status">
            {send.isSuccess ? invitationResultText(t, locale, send.data) : ''}
          </div>
          {send.isError ? (
            <p className="row-error" role="alert">
              {describeError(send.error, t, { rule_broken: 'adminEvents.invitations.notPublished' })}
            </p>
          ) : null}
          {audience.data.toInvite === 0 ? <p>{t('adminEvents.invitations.noneLeft')}</p> : null}
          {/* The button stays when no one is waiting: the count may be older than the audience, and sending again mails only those added since. */}
          <ConfirmStep
            questionId="event-invite-question"
            question={
              audience.data.toInvite === 0
                ? t('adminEvents.invitations.confirmNone')
                : countText(t, locale, audience.data.toInvite, {
                    one: 'adminEvents.invitations.confirm.one',
                    other: 'adminEvents.invitations.confirm.other',
                  })
            }
            trigger={t('adminEvents.invitations.send')}
            confirmLabel={t('adminEvents.invitations.yes')}
            danger={false}
            busy={send.isPending}
            onOpen={() => send.reset()}
            onConfirm={(done) => send.mutate(event.id, { onSettled: done })}
          />
        </>
      )}
    </section>
  );
}
