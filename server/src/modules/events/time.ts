import { DateTime } from 'luxon';
import { AppError } from '../../lib/errors.js';

/**
 * Wall-clock time in a zone to an instant. A time that does not exist there (the hour skipped when
 * clocks go forward) is refused rather than silently moved; a time that happens twice (the hour
 * repeated when clocks go back) is read as the first of the two.
 */
export function localToInstant(local: string, zone: string, field: string): Date {
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) throw new AppError('validation_failed', `Unknown time zone or time: ${local} ${zone}`, [{ path: field, message: 'Not a valid time' }]);
  if (dt.toFormat("yyyy-MM-dd'T'HH:mm") !== local) {
    throw new AppError('validation_failed', `${local.replace('T', ' ')} does not exist in ${zone}: the clocks skip that hour`, [
      { path: field, message: 'That time does not exist in this time zone (the clocks go forward)' },
    ]);
  }
  return dt.toJSDate();
}

/** An instant as wall-clock time in the zone, `YYYY-MM-DDTHH:mm`, as the console's fields take it. */
export const instantToLocal = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");

/** An instant as ISO 8601 with the zone's offset at that moment, e.g. `2027-03-28T02:30:00.000+02:00`. */
export const isoInZone = (at: Date, zone: string): string => DateTime.fromJSDate(at, { zone }).toISO() ?? at.toISOString();

/** The instant in the zone, for the calendar file. */
export const inZone = (at: Date, zone: string): DateTime => DateTime.fromJSDate(at, { zone });
