import type { MyRsvp } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

/** The member's own answer, as a list item among an event's badges; nothing before they answer. */
export function AnswerBadge({ mine }: { mine: Pick<MyRsvp, 'status'> | null }) {
  const { t } = useI18n();
  if (!mine) return null;
  return <li className={`badge answer-badge answer-badge--${mine.status}`}>{t(`events.badge.${mine.status}`)}</li>;
}
