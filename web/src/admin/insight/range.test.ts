import { describe, expect, it } from 'vitest';
import { checkRange, helsinkiToday, presetRange } from './range';

describe('dashboard ranges', () => {
  it('names the presets as Helsinki days ending today or last year', () => {
    expect(presetRange('last12', '2026-12-03')).toEqual({ from: '2025-12-04', to: '2026-12-03' });
    expect(presetRange('thisYear', '2026-12-03')).toEqual({ from: '2026-01-01', to: '2026-12-03' });
    expect(presetRange('lastYear', '2026-12-03')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetRange('last5', '2026-12-03')).toEqual({ from: '2021-12-04', to: '2026-12-03' });
    expect(helsinkiToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });

  it('refuses what the API refuses: an end before the start, over ten years, no date', () => {
    expect(checkRange('2026-01-01', '2026-12-31')).toEqual({ range: { from: '2026-01-01', to: '2026-12-31' } });
    expect(checkRange('2026-02-01', '2026-01-31')).toEqual({ problem: 'backwards' });
    expect(checkRange('2010-01-01', '2026-01-01')).toEqual({ problem: 'tooLong' });
    expect(checkRange('2017-01-01', '2026-12-31')).toEqual({ range: { from: '2017-01-01', to: '2026-12-31' } });
    expect(checkRange('', '2026-01-01')).toEqual({ problem: 'invalid' });
  });
});
