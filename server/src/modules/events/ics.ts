import ical, { ICalCalendarMethod, ICalEventStatus, ICalAttendeeStatus, ICalAttendeeRole } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { pickText, type Language, type LocalizedText } from '@alumni/shared';
import { inZone } from './time.js';

/** What a calendar entry shows of an event. */
export interface CalendarEvent {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  placeName: string;
  address: string;
  onlineUrl: string;
  sequence: number;
  cancelled: boolean;
  updatedAt: Date;
  /** The event's page in the portal. */
  url: string;
}

export interface CalendarOptions {
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  language: Language;
  /** The sender: REQUEST and CANCEL (RFC 5546) need an organizer. */
  organizer: { name: string; email: string };
  /** The member the invitation is for, with their answer. */
  attendee?: { email: string; name: string | null; answer: 'going' | 'maybe' | 'declined' | 'waitlisted' | null };
  /** The feed's name in a calendar app. */
  name?: string;
}

/** The entry's UID: stable for the event's whole life, so every update replaces the same entry. */
export const eventUid = (eventId: string, host: string) => `event-${eventId}@${host}`;

const partstat = {
  going: ICalAttendeeStatus.ACCEPTED,
  maybe: ICalAttendeeStatus.TENTATIVE,
  declined: ICalAttendeeStatus.DECLINED,
  waitlisted: ICalAttendeeStatus.NEEDSACTION,
} as const;

const methods = { REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL, PUBLISH: ICalCalendarMethod.PUBLISH } as const;

/** Where the entry says the event is: place and address, or the online link. */
export const locationOf = (e: Pick<CalendarEvent, 'placeName' | 'address' | 'onlineUrl'>): string =>
  [e.placeName, e.address].filter(Boolean).join(', ') || e.onlineUrl;

/**
 * An RFC 5545 calendar of the events, in their own zones with the zones' VTIMEZONE definitions, so
 * a time on either side of a daylight-saving change reads right in every calendar app.
 */
export function buildCalendar(list: readonly CalendarEvent[], host: string, o: CalendarOptions): string {
  const calendar = ical({
    prodId: { company: host, product: 'alumni-events', language: o.language.toUpperCase() },
    method: methods[o.method],
    // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; each event names its own zone.
    timezone: { name: '', generator: getVtimezoneComponent },
    ...(o.name ? { name: o.name } : {}),
  });
  for (const e of list) {
    const description = [pickText(e.description, o.language), e.onlineUrl, e.url].filter(Boolean).join('\n\n');
    calendar.createEvent({
      id: eventUid(e.id, host),
      sequence: e.sequence,
      stamp: e.updatedAt,
      start: inZone(e.startsAt, e.timeZone),
      end: inZone(e.endsAt, e.timeZone),
      timezone: e.timeZone,
      summary: pickText(e.title, o.language),
      description,
      location: locationOf(e) || null,
      url: e.url,
      status: e.cancelled || o.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: o.organizer,
      ...(o.attendee
        ? {
            attendees: [
              {
                email: o.attendee.email,
                ...(o.attendee.name ? { name: o.attendee.name } : {}),
                rsvp: o.method === 'REQUEST',
                role: ICalAttendeeRole.REQ,
                status: o.attendee.answer ? partstat[o.attendee.answer] : ICalAttendeeStatus.NEEDSACTION,
              },
            ],
          }
        : {}),
    });
  }
  return calendar.toString();
}
