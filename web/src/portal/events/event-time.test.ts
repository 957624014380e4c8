import { describe, expect, it } from 'vitest';
import { describeEventTime, describeZone, formatEventInstant } from './event-time';

// 15:00 UTC on 14 October 2025 is 18:00 in Helsinki, 17:00 in Stockholm and 11:00 in New York.
const startsAt = '2025-10-14T15:00:00.000Z';
const endsAt = '2025-10-14T17:30:00.000Z';

describe('an event time', () => {
  it('shows a Helsinki event on Helsinki clocks, without naming the zone', () => {
    expect(describeEventTime(startsAt, endsAt, 'Europe/Helsinki', 'en')).toEqual({ range: 'Tue, 14 Oct 2025, 18:00–20:30', zone: null });
  });

  it("shows an event elsewhere on that place's clocks and names the zone", () => {
    const time = describeEventTime(startsAt, endsAt, 'Europe/Stockholm', 'en');
    expect(time.range).toBe('Tue, 14 Oct 2025, 17:00–19:30');
    expect(time.zone).toBe('Central European Summer Time, Stockholm');
  });

  it('names the zone in the reader language and moves the day with the clock', () => {
    // 03:00 UTC on 15 October is still the evening of the 14th in New York.
    const late = describeEventTime('2025-10-15T03:00:00.000Z', '2025-10-15T04:00:00.000Z', 'America/New_York', 'fi');
    expect(late.range).toContain('14.10.2025');
    expect(late.range).toContain('23.00');
    expect(late.zone).toBe('Yhdysvaltain itäinen kesäaika, New York');
  });

  it('reads an unknown zone as Helsinki rather than failing', () => {
    expect(describeEventTime(startsAt, endsAt, 'Mars/Olympus', 'en')).toEqual({ range: 'Tue, 14 Oct 2025, 18:00–20:30', zone: null });
  });

  it('names a zone without a place by its name alone', () => {
    expect(describeZone(startsAt, 'UTC', 'en')).toBe('Coordinated Universal Time');
  });

  it("shows the answer deadline on the event's clock", () => {
    expect(formatEventInstant('2025-10-10T21:59:00.000Z', 'Europe/Helsinki', 'en')).toBe('Sat, 11 Oct 2025, 00:59');
    expect(formatEventInstant('2025-10-10T21:59:00.000Z', 'Europe/Stockholm', 'en')).toBe('Fri, 10 Oct 2025, 23:59');
  });
});
