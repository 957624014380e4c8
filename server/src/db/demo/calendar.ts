import { intBetween, type Rng } from './random.js';

// Whole UTC days since the epoch keep date arithmetic free of time-zone surprises.

export const DAY_MS = 86_400_000;
export const dayOf = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / DAY_MS;
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
export const yearOf = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();
/** A moment during office-ish hours, so that later events on the same day still fit before midnight. */
export const momentOn = (day: number, rnd: Rng): Date => new Date(day * DAY_MS + intBetween(rnd, 6 * 3600, 20 * 3600) * 1000);
export const minutesAfter = (moment: Date, minutes: number): Date => new Date(moment.getTime() + minutes * 60_000);
export const dayOfMoment = (moment: Date): number => Math.floor(moment.getTime() / DAY_MS);

export const EARLIEST_START_YEAR = 1990;

export interface Calendar {
  today: number;
  /** Nobody left today: the end of the last period lies at least two weeks back. */
  endCap: number;
  latestStartDay: number;
  latestStartYear: number;
  /** The alumni community opened three years ago. */
  launchDay: number;
  /** HR loaded the latest export from the HR system after everyone in it had left. */
  importDay: number;
}

export function calendarFor(now: Date): Calendar {
  const today = Math.floor(now.getTime() / DAY_MS);
  // Alumni have usually worked a while and been gone a while, so careers begin two calendar years back at the latest.
  const latestStartYear = yearOf(today) - 2;
  return {
    today,
    endCap: today - 14,
    latestStartDay: Math.min(dayOf(latestStartYear, 12, 31), today - 60),
    latestStartYear,
    launchDay: today - 3 * 365,
    importDay: today - 12,
  };
}
