import { describe, expect, it } from 'vitest';
import { currentMonth, daysInMonth, formatMonth, formatPeriod, monthEnd, monthStart } from './periods';

describe('months and periods', () => {
  it('knows how long months are, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2019, 12)).toBe(31);
    expect(daysInMonth(2019, 4)).toBe(30);
  });

  it('turns a month into its first and last day', () => {
    expect(monthStart('2019-06')).toBe('2019-06-01');
    expect(monthEnd('2019-06')).toBe('2019-06-30');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2019-12')).toBe('2019-12-31');
  });

  it('refuses malformed months', () => {
    expect(monthStart('2019-13')).toBeNull();
    expect(monthStart('2019-6')).toBeNull();
    expect(monthEnd('')).toBeNull();
    expect(monthEnd('2019-06-01')).toBeNull();
  });

  it('names months in the UI language, from a month or a day', () => {
    expect(formatMonth('2019-06', 'en-GB')).toBe('June 2019');
    expect(formatMonth('2019-06-30', 'en-GB')).toBe('June 2019');
    expect(formatMonth('2019-06', 'sv-FI')).toBe('juni 2019');
    expect(formatMonth('2019-01-01', 'fi-FI')).toMatch(/^tammikuu(ta)? 2019$/);
    expect(formatMonth('soon', 'en-GB')).toBe('soon');
  });

  it('writes a period with or without an end', () => {
    expect(formatPeriod('2015-06-01', '2019-08-31', 'en-GB', 'now')).toBe('June 2015 – August 2019');
    expect(formatPeriod('2015-06', null, 'en-GB', 'ongoing')).toBe('June 2015 – ongoing');
  });

  it('gives the current month in Helsinki time', () => {
    // 22:30 UTC on 31 January is already February in Helsinki.
    expect(currentMonth(new Date('2026-01-31T22:30:00Z'))).toBe('2026-02');
    expect(currentMonth(new Date('2026-01-31T21:30:00Z'))).toBe('2026-01');
  });
});
