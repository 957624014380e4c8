import { describe, expect, it } from 'vitest';
import { isBackwardsRange } from './use-date-range';

describe('a date range', () => {
  it('runs backwards only when both ends are given and the end comes first', () => {
    expect(isBackwardsRange('2025-03-02', '2025-03-01')).toBe(true);
    expect(isBackwardsRange('2025-03-01', '2025-03-01')).toBe(false);
    expect(isBackwardsRange('2024-12-31', '2025-01-01')).toBe(false);
    expect(isBackwardsRange('2025-03-02', '')).toBe(false);
    expect(isBackwardsRange('', '2025-03-01')).toBe(false);
  });
});
