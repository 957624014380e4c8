import type { PortalEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Notice } from '../../../components/notice';
import { closedReason } from '../answer-rules';
import { formatEventInstant } from '../event-time';

/** Why the event takes no answers now, in place of the form; nothing while it does. */
export function AnswersClosed({ event }: { event: PortalEvent }) {
  const { t, language } = useI18n();
  const reason = closedReason(event, new Date());
  if (!reason) return null;
  const text =
    reason === 'deadline' && event.rsvpDeadlineAt
      ? t('events.closed.deadline', { deadline: formatEventInstant(event.rsvpDeadlineAt, event.timeZone, language) })
      : t(`events.closed.${reason === 'deadline' ? 'closed' : reason}`);
  return (
    <Notice tone="info" title={t('events.closedTitle')}>
      <p>{text}</p>
    </Notice>
  );
}
