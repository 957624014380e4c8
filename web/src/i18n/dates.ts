import type { Language } from '@alumni/shared';
import { locales } from './catalogs';

export const timeZone = 'Europe/Helsinki';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions, key: string, zone: string = timeZone): Intl.DateTimeFormat {
  const cacheKey = `${language}:${zone}:${key}`;
  let cached = formatters.get(cacheKey);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locales[language], { ...options, timeZone: zone });
    formatters.set(cacheKey, cached);
  }
  return cached;
}

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, { dateStyle: 'medium', timeStyle: 'short' }, 'datetime').format(date);
}

/** With the weekday, as an event's time is read: e.g. Tue, 14 Oct 2025, 18:00. */
const wallClockOptions: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/** An instant as the wall clock shows it in the zone (an IANA name), e.g. where an event takes place. */
export function formatZonedDateTime(iso: string, language: Language, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language, wallClockOptions, 'wall-clock', zone).format(date);
}

/** From one instant to another in the zone; the date is written once when both fall on the same day. */
export function formatZonedRange(startIso: string, endIso: string, language: Language, zone: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime())) return startIso;
  if (Number.isNaN(end.getTime()) || end.getTime() < start.getTime()) return formatZonedDateTime(startIso, language, zone);
  return formatter(language, wallClockOptions, 'wall-clock', zone).formatRange(start, end);
}

/** The zone's name in the language at an instant (summer or winter time), e.g. Central European Summer Time. */
export function formatZoneName(iso: string, language: Language, zone: string): string {
  const date = new Date(iso);
  const parts = formatter(language, { timeZoneName: 'long' }, 'zone-name', zone).formatToParts(Number.isNaN(date.getTime()) ? new Date() : date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/**
 * A calendar day (YYYY-MM-DD) or month (YYYY-MM) as people write it, e.g. 1.7.2025 or heinäkuu 2025.
 * It names no instant, so it is read and written in UTC and no zone can move it to another day.
 */
export function formatCalendarDate(value: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, match[3] ? Number(match[3]) : 1));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = match[3] ? { dateStyle: 'medium' } : { year: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat(locales[language], { ...options, timeZone: 'UTC' }).format(date);
}

/** How far the zone is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) starts in the zone, or null for a malformed day. */
export function startOfDay(day: string, zone: string = timeZone): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const wallClock = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(wallClock)) return null;
  let instant = wallClock - zoneOffset(wallClock, zone);
  const corrected = wallClock - zoneOffset(instant, zone);
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

/** The last millisecond of a calendar day in the zone, so a "to" date includes the whole day. */
export function endOfDay(day: string, zone: string = timeZone): Date | null {
  const start = startOfDay(day, zone);
  if (!start) return null;
  const next = new Date(start.getTime() + 36 * 60 * 60 * 1000);
  const nextDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(next);
  const nextStart = startOfDay(nextDay, zone);
  return nextStart ? new Date(nextStart.getTime() - 1) : null;
}
