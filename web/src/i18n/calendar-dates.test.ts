import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './dates';

describe('formatCalendarDate', () => {
  it('writes a day as people in each language do, on the same day whatever the zone', () => {
    expect(formatCalendarDate('2025-07-01', 'fi')).toBe('1.7.2025');
    expect(formatCalendarDate('2025-07-01', 'en')).toBe('1 Jul 2025');
    expect(formatCalendarDate('2025-12-31', 'sv')).toContain('2025');
    expect(formatCalendarDate('2025-12-31', 'sv')).toMatch(/^31 /);
  });

  it('writes a month by its name', () => {
    expect(formatCalendarDate('2025-07', 'fi')).toBe('heinäkuu 2025');
    expect(formatCalendarDate('2025-07', 'sv')).toBe('juli 2025');
    expect(formatCalendarDate('2025-07', 'en')).toBe('July 2025');
  });

  it('leaves anything else as it is', () => {
    expect(formatCalendarDate('31.12.2025', 'fi')).toBe('31.12.2025');
    expect(formatCalendarDate('', 'en')).toBe('');
  });
});
