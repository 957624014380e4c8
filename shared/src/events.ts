import { z } from 'zod';
import { ZIsoDateTime, ZPageQuery, page } from './common.js';
import { ZConsentChannel, ZLanguage, ZMemberType, ZReturnMode, type Language, languages } from './enums.js';
import { ZIsoDate } from './membership.js';
import { ZToken } from './auth.js';

/* ---- texts in three languages ---- */

/** A text per language; a member reads their own language, else the first one given. */
export const ZLocalizedText = (max: number) =>
  z.strictObject({
    fi: z.string().trim().max(max).default(''),
    sv: z.string().trim().max(max).default(''),
    en: z.string().trim().max(max).default(''),
  });
export type LocalizedText = { fi: string; sv: string; en: string };

/** The fallback order when the reader's language is missing: Finnish, then English, then Swedish. */
const fallbackOrder: readonly Language[] = ['fi', 'en', 'sv'];

/** The text in the reader's language, or the first other language that has one. */
export function pickText(text: LocalizedText, language: Language): string {
  if (text[language]) return text[language];
  for (const l of fallbackOrder) if (text[l]) return text[l];
  return '';
}

const hasSomeText = (t: LocalizedText) => languages.some((l) => t[l] !== '');

/* ---- segments ---- */

/** What a member may say they are interested in: returning (in some way), mentoring, speaking. */
export const segmentInterests = ['open_to_return', 'mentor', 'speaker', 'full_time', 'part_time', 'project', 'summer', 'substitute', 'gig'] as const satisfies ReadonlyArray<'open_to_return' | 'mentor' | 'speaker' | z.infer<typeof ZReturnMode>>;
export const ZSegmentInterest = z.enum(segmentInterests);
export type SegmentInterest = z.infer<typeof ZSegmentInterest>;

const ZFilterList = z.array(z.string().trim().min(1).max(120)).max(50).default([]);

/** A saved audience: every list narrows (a member matches one of its values); empty lists do not narrow. */
export const ZSegmentFilters = z
  .strictObject({
    memberTypes: z.array(ZMemberType).max(10).default([]),
    departments: ZFilterList,
    cities: ZFilterList,
    countries: ZFilterList,
    skills: ZFilterList,
    interests: z.array(ZSegmentInterest).max(10).default([]),
    joinedFrom: ZIsoDate.nullable().default(null),
    joinedTo: ZIsoDate.nullable().default(null),
  })
  .refine((f) => !f.joinedFrom || !f.joinedTo || f.joinedTo >= f.joinedFrom, { path: ['joinedTo'], message: 'The end is before the start' });
export type SegmentFilters = z.output<typeof ZSegmentFilters>;
export type SegmentFiltersInput = z.input<typeof ZSegmentFilters>;

export const ZSegmentBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(500).default(''),
  filters: ZSegmentFilters,
});
export type SegmentBody = z.input<typeof ZSegmentBody>;

export const ZSegment = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  filters: ZSegmentFilters,
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
});
export type Segment = z.infer<typeof ZSegment>;
export const ZSegmentPage = page(ZSegment);
export type SegmentPage = z.infer<typeof ZSegmentPage>;

/** The live count: who matches, and of them who may be mailed on the channel. */
export const ZSegmentCountBody = z.strictObject({ filters: ZSegmentFilters, channel: ZConsentChannel.default('event_invites') });
export type SegmentCountBody = z.input<typeof ZSegmentCountBody>;
export const ZSegmentCount = z.object({
  /** Active, verified members who match the filters. */
  members: z.number().int(),
  /** Of them, those with the channel's consent in force and an address not on the suppression list. */
  reachable: z.number().int(),
});
export type SegmentCount = z.infer<typeof ZSegmentCount>;

/* ---- events ---- */

export const eventKinds = ['alumni_evening', 'seminar', 'training', 'webinar', 'other'] as const;
export const ZEventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof ZEventKind>;

export const eventStatuses = ['draft', 'published', 'cancelled'] as const;
export const ZEventStatus = z.enum(eventStatuses);
export type EventStatus = z.infer<typeof ZEventStatus>;

/** A member's answer; `waitlisted` is what a yes becomes when the event is full. */
export const rsvpStatuses = ['going', 'maybe', 'declined', 'waitlisted'] as const;
export const ZRsvpStatus = z.enum(rsvpStatuses);
export type RsvpStatus = z.infer<typeof ZRsvpStatus>;

/** What a member can answer. */
export const rsvpAnswers = ['going', 'maybe', 'declined'] as const;
export const ZRsvpAnswer = z.enum(rsvpAnswers);
export type RsvpAnswer = z.infer<typeof ZRsvpAnswer>;

/** Wall-clock time in the event's own zone, as a `datetime-local` field gives it: `YYYY-MM-DDTHH:mm`. */
export const ZLocalDateTime = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'Use the form YYYY-MM-DDTHH:mm')
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, 'Give a time between 2000 and 2100');

/** Whether the runtime knows the IANA zone (e.g. Europe/Helsinki). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
export const ZTimeZone = z.string().trim().max(64).refine(isTimeZone, 'Unknown time zone: use an IANA name such as Europe/Helsinki');
export const defaultTimeZone = 'Europe/Helsinki';

const ZOptionalLine = (max: number) => z.string().trim().max(max).default('');
const ZHttpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'Give a web address starting with https://')
  .default('');

/** What HR writes; every time is wall-clock time in `timeZone`. */
export const ZEventBody = z
  .strictObject({
    kind: ZEventKind,
    title: ZLocalizedText(160),
    description: ZLocalizedText(10_000),
    start: ZLocalDateTime,
    end: ZLocalDateTime,
    timeZone: ZTimeZone.default(defaultTimeZone),
    placeName: ZOptionalLine(160),
    address: ZOptionalLine(300),
    onlineUrl: ZHttpUrl,
    /** Seats, guests included; null for no limit. */
    capacity: z.number().int().min(1).max(100_000).nullable().default(null),
    /** Answers are taken until then; null for until the start. */
    rsvpDeadline: ZLocalDateTime.nullable().default(null),
    /** How many guests each member may bring; 0 for none. */
    maxGuests: z.number().int().min(0).max(5).default(0),
    /** Hours before the start when those going are reminded; 0 for no reminder. */
    reminderHours: z.number().int().min(0).max(24 * 14).default(24),
    /** The audience: a saved segment, or null for every member. */
    segmentId: z.uuid().nullable().default(null),
  })
  .superRefine((e, ctx) => {
    if (!hasSomeText(e.title)) ctx.addIssue({ code: 'custom', path: ['title', 'fi'], message: 'Give the title in at least one language' });
    if (e.end <= e.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The end is not after the start' });
    if (e.rsvpDeadline && e.rsvpDeadline > e.start) ctx.addIssue({ code: 'custom', path: ['rsvpDeadline'], message: 'The answer deadline is after the start' });
    if (!e.placeName && !e.address && !e.onlineUrl) ctx.addIssue({ code: 'custom', path: ['placeName'], message: 'Give a place, an address or an online link' });
  });
export type EventBody = z.input<typeof ZEventBody>;

export const ZEventCounts = z.object({
  invited: z.number().int(),
  going: z.number().int(),
  /** Seats taken by those going: themselves and their guests. */
  seatsTaken: z.number().int(),
  maybe: z.number().int(),
  declined: z.number().int(),
  waitlisted: z.number().int(),
  checkedIn: z.number().int(),
  walkIns: z.number().int(),
});
export type EventCounts = z.infer<typeof ZEventCounts>;

/** An event as HR sees it in the console. */
export const ZAdminEvent = z.object({
  id: z.uuid(),
  kind: ZEventKind,
  status: ZEventStatus,
  title: ZLocalizedText(160),
  description: ZLocalizedText(10_000),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  placeName: z.string(),
  address: z.string(),
  onlineUrl: z.string(),
  capacity: z.number().int().nullable(),
  rsvpDeadline: z.string().nullable(),
  rsvpDeadlineAt: ZIsoDateTime.nullable(),
  maxGuests: z.number().int(),
  reminderHours: z.number().int(),
  segmentId: z.uuid().nullable(),
  segmentName: z.string().nullable(),
  /** The calendar revision, raised on every change mailed to those invited (RFC 5545 SEQUENCE). */
  sequence: z.number().int(),
  publishedAt: ZIsoDateTime.nullable(),
  cancelledAt: ZIsoDateTime.nullable(),
  createdAt: ZIsoDateTime,
  updatedAt: ZIsoDateTime,
  counts: ZEventCounts,
});
export type AdminEvent = z.infer<typeof ZAdminEvent>;
export const ZAdminEventPage = page(ZAdminEvent);
export type AdminEventPage = z.infer<typeof ZAdminEventPage>;

export const ZAdminEventQuery = ZPageQuery.extend({
  status: ZEventStatus.optional(),
  when: z.enum(['upcoming', 'past']).optional(),
});
export type AdminEventQuery = z.input<typeof ZAdminEventQuery>;

export const ZEventAudience = z.object({
  /** Members the audience holds now (active and verified). */
  audience: z.number().int(),
  /** Of them, those who may be mailed an invitation (consent in force, address not suppressed). */
  reachable: z.number().int(),
  /** Members invited already. */
  invited: z.number().int(),
  /** Reachable members not invited yet: what pressing send would mail. */
  toInvite: z.number().int(),
});
export type EventAudience = z.infer<typeof ZEventAudience>;

export const ZSendInvitationsResult = z.object({ invited: z.number().int(), alreadyInvited: z.number().int() });
export type SendInvitationsResult = z.infer<typeof ZSendInvitationsResult>;

/* ---- answers ---- */

export const ZRsvpBody = z.strictObject({
  status: ZRsvpAnswer,
  guests: z.number().int().min(0).max(5).default(0),
});
export type RsvpBody = z.input<typeof ZRsvpBody>;

export const ZMyRsvp = z.object({
  status: ZRsvpStatus,
  guests: z.number().int(),
  /** Place in line, 1 for the next to get a seat; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  respondedAt: ZIsoDateTime,
  checkedInAt: ZIsoDateTime.nullable(),
});
export type MyRsvp = z.infer<typeof ZMyRsvp>;

/** An event as a member sees it in the portal. */
export const ZPortalEvent = z.object({
  id: z.uuid(),
  kind: ZEventKind,
  status: ZEventStatus,
  title: ZLocalizedText(160),
  description: ZLocalizedText(10_000),
  startsAt: ZIsoDateTime,
  endsAt: ZIsoDateTime,
  timeZone: z.string(),
  placeName: z.string(),
  address: z.string(),
  onlineUrl: z.string(),
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  rsvpDeadlineAt: ZIsoDateTime.nullable(),
  /** Whether an answer is still taken: published, before the deadline and the start. */
  rsvpOpen: z.boolean(),
  maxGuests: z.number().int(),
  going: z.number().int(),
  myRsvp: ZMyRsvp.nullable(),
});
export type PortalEvent = z.infer<typeof ZPortalEvent>;
export const ZPortalEventPage = page(ZPortalEvent);
export type PortalEventPage = z.infer<typeof ZPortalEventPage>;

export const ZPortalEventQuery = ZPageQuery.extend({
  /** `mine`: the events the member answered going, maybe or waitlisted, upcoming first. */
  scope: z.enum(['upcoming', 'past', 'mine']).default('upcoming'),
});
export type PortalEventQuery = z.input<typeof ZPortalEventQuery>;

/** The signed link in an invitation mail: the answer is chosen on the page the link opens. */
export const ZRsvpTokenBody = z.strictObject({ token: ZToken });
export const ZRsvpByTokenBody = z.strictObject({ token: ZToken, status: ZRsvpAnswer, guests: z.number().int().min(0).max(5).default(0) });
export type RsvpByTokenBody = z.input<typeof ZRsvpByTokenBody>;

export const ZRsvpTokenView = z.object({
  event: ZPortalEvent,
  firstName: z.string().nullable(),
  language: ZLanguage,
});
export type RsvpTokenView = z.infer<typeof ZRsvpTokenView>;

export const ZCalendarFeed = z.object({ url: z.string() });
export type CalendarFeed = z.infer<typeof ZCalendarFeed>;

/* ---- deliveries ---- */

/** A message's state for one recipient; `skipped` when, at sending time, it no longer applied. */
export const deliveryStatuses = ['queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed', 'skipped'] as const;
export const ZDeliveryStatus = z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof ZDeliveryStatus>;

/* ---- the attendee list ---- */

export const ZAttendee = z.object({
  memberId: z.uuid(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string(),
  status: ZRsvpStatus,
  guests: z.number().int(),
  waitlistPosition: z.number().int().nullable(),
  respondedAt: ZIsoDateTime,
  checkedInAt: ZIsoDateTime.nullable(),
  /** Came without having said yes. */
  walkIn: z.boolean(),
});
export type Attendee = z.infer<typeof ZAttendee>;
export const ZAttendeePage = page(ZAttendee);
export type AttendeePage = z.infer<typeof ZAttendeePage>;

export const ZAttendeeQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: ZRsvpStatus.optional(),
});
export type AttendeeQuery = z.input<typeof ZAttendeeQuery>;

export const ZAttendeeParams = z.strictObject({ id: z.uuid(), memberId: z.uuid() });
export const ZWalkInBody = z.strictObject({ memberId: z.uuid() });
