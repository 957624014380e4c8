import { describe, expect, it } from 'vitest';
import { endOfDay, formatDateTime, startOfDay } from './dates';

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
