import type { PortalEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { AnswerBadge } from './answer-badge';

/** The event's kind, whether it is cancelled, and the member's answer. */
export function EventBadges({ event, kind }: { event: PortalEvent; kind: string }) {
  const { t } = useI18n();
  return (
    <ul className="badge-list event-badges">
      <li className="badge">{kind}</li>
      {event.status === 'cancelled' ? <li className="badge event-badge--cancelled">{t('events.badge.cancelled')}</li> : null}
      <AnswerBadge mine={event.myRsvp} />
    </ul>
  );
}
