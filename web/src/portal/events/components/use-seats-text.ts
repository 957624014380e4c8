import type { PortalEvent } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { seatsState } from '../answer-rules';

/** Seats in words, e.g. "12 of 40 seats left"; null when the event has no limit. */
export function useSeatsText(event: Pick<PortalEvent, 'capacity' | 'seatsLeft'>): string | null {
  const { t, locale } = useI18n();
  const seats = seatsState(event);
  if (seats.kind === 'unlimited') return null;
  if (seats.kind === 'full') return t('events.seatsFull');
  const capacity = event.capacity ?? seats.count;
  return new Intl.PluralRules(locale).select(seats.count) === 'one'
    ? t('events.seatsLeftOne', { capacity })
    : t('events.seatsLeft', { count: seats.count, capacity });
}
