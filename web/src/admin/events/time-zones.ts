import { defaultTimeZone, isTimeZone } from '@alumni/shared';

/** The zones an event is most likely held in: the Nordic and Baltic offices first, then further away. */
export const commonTimeZones: readonly string[] = [
  defaultTimeZone,
  'Europe/Stockholm',
  'Europe/Tallinn',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Oslo',
  'Europe/Copenhagen',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Paris',
  'Europe/Warsaw',
  'Europe/London',
  'UTC',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Singapore',
  'Asia/Tokyo',
];

/** The choices for an event: the common zones, and the event's own zone when it is another one. */
export function timeZoneChoices(current: string): readonly string[] {
  if (commonTimeZones.includes(current) || !isTimeZone(current)) return commonTimeZones;
  return [current, ...commonTimeZones];
}
