import type { Translate } from '../../i18n/translate';

/** Seats still free, never below none; null when the event has no limit. */
export const seatsLeft = (capacity: number | null, taken: number): number | null =>
  capacity === null ? null : Math.max(0, capacity - taken);

/** The seats as one sentence for the event page: taken of how many, and how many are left. */
export function seatSummaryText(t: Translate, locale: string, taken: number, capacity: number | null): string {
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  const left = seatsLeft(capacity, taken);
  if (capacity === null || left === null) return t('adminEvents.seats.unlimited', { taken: n(taken) });
  if (left === 0) return t('adminEvents.seats.full', { taken: n(taken), capacity: n(capacity) });
  return t('adminEvents.seats.limited', { taken: n(taken), capacity: n(capacity), left: n(left) });
}

/** The seats in a list's narrow column: "12 / 40", or "12 / no limit". */
export function seatsCellText(t: Translate, locale: string, taken: number, capacity: number | null): string {
  const n = (value: number) => new Intl.NumberFormat(locale).format(value);
  return `${n(taken)} / ${capacity === null ? t('adminEvents.noLimit') : n(capacity)}`;
}
