import { defaultTimeZone, type AdminEvent, type EventBody, type EventKind, type LocalizedText } from '@alumni/shared';
import type { Translate } from '../../i18n/translate';

/** The event editor's values as the fields hold them: numbers as typed, "none" as an empty string. */
export interface EventFormValues {
  kind: EventKind;
  title: LocalizedText;
  description: LocalizedText;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`, as a datetime-local field gives it. */
  start: string;
  end: string;
  timeZone: string;
  placeName: string;
  address: string;
  onlineUrl: string;
  /** Seats as typed; empty for no limit. */
  capacity: string;
  /** Empty to take answers until the start. */
  rsvpDeadline: string;
  maxGuests: string;
  reminderHours: string;
  /** Empty for every member. */
  segmentId: string;
}

export type EventTextField = 'placeName' | 'address' | 'onlineUrl';

const noText = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export const defaultReminderHours = 24;

export function newEventValues(): EventFormValues {
  return {
    kind: 'alumni_evening',
    title: noText(),
    description: noText(),
    start: '',
    end: '',
    timeZone: defaultTimeZone,
    placeName: '',
    address: '',
    onlineUrl: '',
    capacity: '',
    rsvpDeadline: '',
    maxGuests: '0',
    reminderHours: String(defaultReminderHours),
    segmentId: '',
  };
}

export function eventFormValues(event: AdminEvent): EventFormValues {
  return {
    kind: event.kind,
    title: { ...event.title },
    description: { ...event.description },
    start: event.start,
    end: event.end,
    timeZone: event.timeZone,
    placeName: event.placeName,
    address: event.address,
    onlineUrl: event.onlineUrl,
    capacity: event.capacity === null ? '' : String(event.capacity),
    rsvpDeadline: event.rsvpDeadline ?? '',
    maxGuests: String(event.maxGuests),
    reminderHours: String(event.reminderHours),
    segmentId: event.segmentId ?? '',
  };
}

/**
 * A count typed into a text box: "1 200" and " 40 " are read as numbers; anything else becomes NaN,
 * which the shared schema refuses on the field, so a typo is never saved as "no limit".
 */
export function parseCount(text: string): number {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** The whole event as the API takes it; the shared schema checks it before it is sent. */
export function eventBody(values: EventFormValues): EventBody {
  return {
    kind: values.kind,
    title: { ...values.title },
    description: { ...values.description },
    start: values.start,
    end: values.end,
    timeZone: values.timeZone,
    placeName: values.placeName,
    address: values.address,
    onlineUrl: values.onlineUrl.trim(),
    capacity: values.capacity.trim() === '' ? null : parseCount(values.capacity),
    rsvpDeadline: values.rsvpDeadline === '' ? null : values.rsvpDeadline,
    maxGuests: parseCount(values.maxGuests),
    reminderHours: parseCount(values.reminderHours),
    segmentId: values.segmentId === '' ? null : values.segmentId,
  };
}

/** A capacity below the seats those going already hold cannot be saved; said before asking the server. */
export function capacityBelowTaken(body: EventBody, seatsTaken: number): boolean {
  return typeof body.capacity === 'number' && Number.isInteger(body.capacity) && body.capacity < seatsTaken;
}

/** The reminder choices: none, hours, days, a week; the event's own value is kept when it is another. */
export const reminderChoices = (current: number): number[] => {
  const standard = [0, 1, 2, 3, 6, 12, 24, 48, 72, 168];
  return standard.includes(current) || !Number.isInteger(current) || current < 0 ? standard : [...standard, current].sort((a, b) => a - b);
};

export const guestChoices = [0, 1, 2, 3, 4, 5] as const;

/** Whether the form holds what it started with, so an unchanged published event is not saved (and mailed about) again. */
export const sameValues = (a: EventFormValues, b: EventFormValues): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A reminder choice as people say it: none, hours, days or a week before the start. */
export function reminderLabel(t: Translate, hours: number): string {
  if (hours === 0) return t('adminEvents.reminder.none');
  if (hours === 1) return t('adminEvents.reminder.hour');
  if (hours === 168) return t('adminEvents.reminder.week');
  if (hours === 24) return t('adminEvents.reminder.day');
  if (hours % 24 === 0) return t('adminEvents.reminder.days', { count: hours / 24 });
  return t('adminEvents.reminder.hours', { count: hours });
}
