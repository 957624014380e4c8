import { isTimeZone, type Language } from '@alumni/shared';
import { formatZoneName, formatZonedDateTime, formatZonedRange, timeZone as communityZone } from '../../i18n/dates';

export interface EventTimeText {
  /** From the start to the end, on the event's own wall clock. */
  range: string;
  /** The zone, named only when it is not the community's own (Helsinki), e.g. Central European Summer Time, Stockholm. */
  zone: string | null;
}

/** A zone the runtime does not know is read as the community's own, so the page still shows a time. */
const knownZone = (zone: string): string => (isTimeZone(zone) ? zone : communityZone);

/** The place an IANA name is named after, e.g. America/New_York → New York; none for names like UTC. */
const zonePlace = (zone: string): string | null => {
  const slash = zone.lastIndexOf('/');
  return slash === -1 ? null : zone.slice(slash + 1).replace(/_/g, ' ');
};

/** The zone as a reader recognises it: its name at that time of year, and the place it is named after. */
export function describeZone(iso: string, zone: string, language: Language): string {
  const known = knownZone(zone);
  const name = formatZoneName(iso, language, known);
  const place = zonePlace(known);
  return place && !name.includes(place) ? `${name}, ${place}` : name;
}

/** When an event takes place, as the people at it see their clocks; the zone is named when it is not Helsinki. */
export function describeEventTime(startsAt: string, endsAt: string, zone: string, language: Language): EventTimeText {
  const known = knownZone(zone);
  return {
    range: formatZonedRange(startsAt, endsAt, language, known),
    zone: known === communityZone ? null : describeZone(startsAt, known, language),
  };
}

/** One instant of an event (its answer deadline) on the event's wall clock. */
export const formatEventInstant = (iso: string, zone: string, language: Language): string =>
  formatZonedDateTime(iso, language, knownZone(zone));
