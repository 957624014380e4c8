import type { EventStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useI18n();
  return <span className={`status event-status--${status}`}>{t(`adminEvents.status.${status}`)}</span>;
}
