import { ZRangeQuery, type Range } from '@alumni/shared';

export type Preset = 'last12' | 'thisYear' | 'lastYear' | 'last5';
export const presets: readonly Preset[] = ['last12', 'thisYear', 'lastYear', 'last5'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const shift = (day: string, years: number, days: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
};

/** Today in Helsinki, as a calendar day. */
export const helsinkiToday = (now = new Date()): string => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

/** The range a preset names, ending today (Helsinki) or at the end of last year. */
export function presetRange(preset: Preset, today: string): Range {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'thisYear':
      return { from: `${String(year)}-01-01`, to: today };
    case 'lastYear':
      return { from: `${String(year - 1)}-01-01`, to: `${String(year - 1)}-12-31` };
    case 'last5':
      return { from: shift(today, -5, 1), to: today };
    default:
      return { from: shift(today, -1, 1), to: today };
  }
}

export type RangeProblem = 'invalid' | 'backwards' | 'tooLong';

/** The range checked as the API checks it (the same schema): the range, or what is wrong with it. */
export function checkRange(from: string, to: string): { range: Range } | { problem: RangeProblem } {
  const parsed = ZRangeQuery.safeParse({ from, to });
  if (parsed.success && parsed.data.from && parsed.data.to) return { range: { from: parsed.data.from, to: parsed.data.to } };
  if (/^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to)) return { problem: to < from ? 'backwards' : 'tooLong' };
  return { problem: 'invalid' };
}
