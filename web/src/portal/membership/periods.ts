/*
 * Claims name months (YYYY-MM); employment periods name days (YYYY-MM-DD). People think of their
 * time at the company in months, so both are shown to them at month precision.
 */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const dayPattern = /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/;

const pad = (value: number): string => String(value).padStart(2, '0');

/** The year and month (1..12) of a YYYY-MM month, or of a YYYY-MM-DD day; null when malformed. */
function yearMonth(value: string): { year: number; month: number } | null {
  const match = monthPattern.exec(value) ?? dayPattern.exec(value);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** How many days a month has, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day of a month: `2019-06` → `2019-06-01`; null when malformed. */
export function monthStart(month: string): string | null {
  const parts = monthPattern.exec(month) ? yearMonth(month) : null;
  return parts ? `${parts.year}-${pad(parts.month)}-01` : null;
}

/** The last day of a month: `2024-02` → `2024-02-29`; null when malformed. */
export function monthEnd(month: string): string | null {
  const parts = monthPattern.exec(month) ? yearMonth(month) : null;
  return parts ? `${parts.year}-${pad(parts.month)}-${pad(daysInMonth(parts.year, parts.month))}` : null;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** A month or day as "June 2019" in the locale; the input as given when it is malformed. */
export function formatMonth(value: string, locale: string): string {
  const parts = yearMonth(value);
  if (!parts) return value;
  let format = monthFormats.get(locale);
  if (!format) {
    // UTC on both sides, so no time zone can move the first of a month into the previous one.
    format = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(parts.year, parts.month - 1, 1)));
}

/** A period as "June 2015 – August 2019", or "June 2015 – {ongoing}" without an end. */
export function formatPeriod(start: string, end: string | null, locale: string, ongoing: string): string {
  return `${formatMonth(start, locale)} – ${end === null ? ongoing : formatMonth(end, locale)}`;
}

/** This month as YYYY-MM in Helsinki, the latest month a claim can end in. */
export function currentMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' }).formatToParts(now);
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  return `${year}-${month}`;
}
