import { describe, expect, it } from 'vitest';
import { endOfDay, formatDateTime, formatZoneName, formatZonedDateTime, formatZonedRange, startOfDay } from './dates';

describe('calendar days in Helsinki', () => {
  it('starts a winter day at UTC+2 and a summer day at UTC+3', () => {
    expect(startOfDay('2025-01-15')?.toISOString()).toBe('2025-01-14T22:00:00.000Z');
    expect(startOfDay('2025-07-01')?.toISOString()).toBe('2025-06-30T21:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // Summer time starts at 03:00 on 30 March 2025, after midnight, so the day still starts at UTC+2.
    expect(startOfDay('2025-03-30')?.toISOString()).toBe('2025-03-29T22:00:00.000Z');
    expect(endOfDay('2025-03-30')?.toISOString()).toBe('2025-03-30T20:59:59.999Z');
    expect(endOfDay('2025-10-26')?.toISOString()).toBe('2025-10-26T21:59:59.999Z');
  });

  it('rejects malformed days', () => {
    expect(startOfDay('')).toBeNull();
    expect(startOfDay('15.1.2025')).toBeNull();
    expect(endOfDay('nope')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it('formats in the UI locale and Helsinki time', () => {
    const iso = '2025-06-30T21:05:00.000Z';
    expect(formatDateTime(iso, 'fi')).toContain('1.7.2025');
    expect(formatDateTime(iso, 'fi')).toContain('0.05');
    expect(formatDateTime(iso, 'en')).toContain('1 Jul 2025');
    expect(formatDateTime(iso, 'en')).toContain('00:05');
  });
});

describe('times in a zone of their own', () => {
  // 15:00 UTC on 14 October 2025: 18:00 in Helsinki (UTC+3), 17:00 in Stockholm (UTC+2), 11:00 in New York (UTC-4).
  const start = '2025-10-14T15:00:00.000Z';

  it('shows the wall clock of the zone, not of Helsinki', () => {
    expect(formatZonedDateTime(start, 'en', 'Europe/Helsinki')).toBe('Tue, 14 Oct 2025, 18:00');
    expect(formatZonedDateTime(start, 'en', 'America/New_York')).toBe('Tue, 14 Oct 2025, 11:00');
    expect(formatZonedDateTime(start, 'fi', 'Europe/Stockholm')).toContain('17.00');
  });

  it('writes the day once for a range within one day, and both days otherwise', () => {
    expect(formatZonedRange(start, '2025-10-14T17:30:00.000Z', 'en', 'Europe/Stockholm')).toBe('Tue, 14 Oct 2025, 17:00–19:30');
    const overnight = formatZonedRange(start, '2025-10-15T09:00:00.000Z', 'en', 'Europe/Helsinki');
    expect(overnight).toContain('Tue, 14 Oct 2025, 18:00');
    expect(overnight).toContain('Wed, 15 Oct 2025, 12:00');
  });

  it('falls back to the start alone when the end is missing or before it', () => {
    expect(formatZonedRange(start, 'nope', 'en', 'Europe/Helsinki')).toBe('Tue, 14 Oct 2025, 18:00');
    expect(formatZonedRange(start, '2025-10-14T14:00:00.000Z', 'en', 'Europe/Helsinki')).toBe('Tue, 14 Oct 2025, 18:00');
  });

  it('names the zone in the language, summer or winter', () => {
    expect(formatZoneName(start, 'en', 'Europe/Stockholm')).toBe('Central European Summer Time');
    expect(formatZoneName('2025-12-01T12:00:00.000Z', 'en', 'Europe/Stockholm')).toBe('Central European Standard Time');
    expect(formatZoneName(start, 'fi', 'America/New_York')).toBe('Yhdysvaltain itäinen kesäaika');
  });
});
