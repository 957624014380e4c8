import { describe, expect, it } from 'vitest';
import { formatMatchScore, matchStrength } from './match-score';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('match scores', () => {
  it('shows a whole percentage in the locale', () => {
    expect(formatMatchScore(0.874, 'en-GB')).toBe('87%');
    expect(nbsp(formatMatchScore(0.874, 'fi-FI'))).toBe('87 %');
    expect(nbsp(formatMatchScore(1, 'sv-FI'))).toBe('100 %');
  });

  it('keeps odd scores within 0–100 %', () => {
    expect(formatMatchScore(1.2, 'en-GB')).toBe('100%');
    expect(formatMatchScore(-0.1, 'en-GB')).toBe('0%');
    expect(formatMatchScore(Number.NaN, 'en-GB')).toBe('0%');
  });

  it('names how strong a match is', () => {
    expect(matchStrength(0.95)).toBe('strong');
    expect(matchStrength(0.8)).toBe('strong');
    expect(matchStrength(0.6)).toBe('possible');
    expect(matchStrength(0.2)).toBe('weak');
  });
});
