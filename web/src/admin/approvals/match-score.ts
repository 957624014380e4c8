/** A candidate record's 0..1 match score as a whole percentage in the reader's locale, e.g. "87 %" or "87%". */
export function formatMatchScore(score: number, locale: string): string {
  const bounded = Number.isFinite(score) ? Math.min(1, Math.max(0, score)) : 0;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(bounded);
}

/** How close a match is, for its colour and its words: the thresholds HR reads a score by. */
export type MatchStrength = 'strong' | 'possible' | 'weak';

export const matchStrength = (score: number): MatchStrength => (score >= 0.8 ? 'strong' : score >= 0.5 ? 'possible' : 'weak');
