import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { ZSegmentFilters, type PortalEvent, type PortalEventPage, type ZPortalEventQuery } from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { calendarFeeds, eventRsvps, events, members, segments, users } from '../../db/schema.js';
import { decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { notFound } from '../../lib/errors.js';
import { notVerified } from '../directory/visibility.js';
import { matchesFilters } from '../segments/audience.js';
import { buildCalendar, type CalendarEvent } from './ics.js';
import { answersOpen, waitlistPlaces, type RsvpRow } from './rsvp.js';
import { countsFor, type EventRow } from './service.js';
import { isoInZone } from './time.js';
import { signFeedToken, verifyFeedToken } from './tokens.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

/** Events open to verified members only, like the directory. */
export async function assertVerifiedMember(db: Executor, memberId: string): Promise<void> {
  const [m] = await db.select({ v: members.verificationStatus }).from(members).where(eq(members.userId, memberId));
  if (m?.v !== 'verified') throw notVerified();
}

/** The segments the member is in now, so one statement can tell which events are for them. */
async function segmentsOf(db: Executor, memberId: string): Promise<string[]> {
  const all = await db.select({ id: segments.id, filters: segments.filters }).from(segments);
  if (!all.length) return [];
  const checks = all.map(
    (s) => sql`select ${s.id}::uuid as id where exists (
      select 1 from members m join users u on u.id = m.user_id where m.user_id = ${memberId} and ${matchesFilters(ZSegmentFilters.parse(s.filters))})`,
  );
  const res = await db.execute<{ id: string }>(sql.join(checks, sql` union all `));
  return res.rows.map((r) => r.id);
}

/**
 * The condition that a row of `events` is for the member: invited or answered, or published for
 * an audience they are in. Drafts never are.
 */
function forMember(memberId: string, inSegments: readonly string[]): SQL {
  const audience = inSegments.length
    ? sql`(${events.segmentId} is null or ${events.segmentId} in (${sql.join(inSegments.map((id) => sql`${id}::uuid`), sql`, `)}))`
    : sql`${events.segmentId} is null`;
  return sql`${events.status} <> 'draft' and (
    exists (select 1 from event_invitations i where i.event_id = ${events.id} and i.member_id = ${memberId})
    or exists (select 1 from event_rsvps r where r.event_id = ${events.id} and r.member_id = ${memberId})
    or (${events.status} = 'published' and ${audience}))`;
}

export async function toPortalEvents(db: Executor, rows: EventRow[], memberId: string): Promise<PortalEvent[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [counts, mine] = await Promise.all([
    countsFor(db, ids),
    db.select().from(eventRsvps).where(and(inArray(eventRsvps.eventId, ids), eq(eventRsvps.memberId, memberId))),
  ]);
  const byEvent = new Map<string, RsvpRow>(mine.map((r) => [r.eventId, r]));
  const positions = await waitlistPlaces(
    db,
    memberId,
    mine.filter((r) => r.status === 'waitlisted').map((r) => r.eventId),
  );
  return rows.map((row) => {
    const c = counts.get(row.id);
    const rsvp = byEvent.get(row.id);
    const zone = row.timeZone;
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      title: row.title,
      description: row.description,
      startsAt: isoInZone(row.startsAt, zone),
      endsAt: isoInZone(row.endsAt, zone),
      timeZone: zone,
      placeName: row.placeName,
      address: row.address,
      onlineUrl: row.onlineUrl,
      capacity: row.capacity,
      seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - (c?.seatsTaken ?? 0)),
      rsvpDeadlineAt: row.rsvpDeadline ? isoInZone(row.rsvpDeadline, zone) : null,
      rsvpOpen: answersOpen(row),
      maxGuests: row.maxGuests,
      going: c?.going ?? 0,
      myRsvp: rsvp
        ? {
            status: rsvp.status,
            guests: rsvp.guests,
            waitlistPosition: rsvp.status === 'waitlisted' ? (positions.get(row.id) ?? null) : null,
            respondedAt: rsvp.respondedAt.toISOString(),
            checkedInAt: rsvp.checkedInAt?.toISOString() ?? null,
          }
        : null,
    };
  });
}


/** The member's events: upcoming (soonest first), past (latest first), or those they answered yes or maybe to. */
export async function listPortalEvents(db: Db, memberId: string, q: z.output<typeof ZPortalEventQuery>): Promise<PortalEventPage> {
  await assertVerifiedMember(db, memberId);
  const inSegments = await segmentsOf(db, memberId);
  const where: SQL[] = [forMember(memberId, inSegments)];
  const ascending = q.scope !== 'past';
  if (q.scope === 'past') where.push(sql`${events.endsAt} < now()`);
  else where.push(sql`${events.endsAt} >= now()`);
  if (q.scope === 'mine') {
    where.push(sql`exists (select 1 from event_rsvps r where r.event_id = ${events.id} and r.member_id = ${memberId} and r.status in ('going', 'maybe', 'waitlisted'))`);
  }
  const after = decodeTimeCursor(q.cursor);
  if (after) where.push(ascending ? sql`(${events.startsAt}, ${events.id}) > (${after.at}, ${after.id}::uuid)` : sql`(${events.startsAt}, ${events.id}) < (${after.at}, ${after.id}::uuid)`);
  const rows = await db
    .select({ row: events, key: microsOf(events.startsAt) })
    .from(events)
    .where(and(...where))
    .orderBy(ascending ? sql`${events.startsAt} asc, ${events.id} asc` : sql`${events.startsAt} desc, ${events.id} desc`)
    .limit(q.limit + 1);
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows.at(-1);
  return {
    items: await toPortalEvents(
      db,
      pageRows.map((r) => r.row),
      memberId,
    ),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null,
  };
}

/** One event for the member; the same 404 for an unknown id and for an event that is not for them. */
export async function visibleEventRow(db: Executor, memberId: string, eventId: string): Promise<EventRow> {
  await assertVerifiedMember(db, memberId);
  const inSegments = await segmentsOf(db, memberId);
  const [row] = await db.select().from(events).where(and(eq(events.id, eventId), forMember(memberId, inSegments)));
  if (!row) throw notFound('No such event');
  return row;
}

export async function getPortalEvent(db: Db, memberId: string, eventId: string): Promise<PortalEvent> {
  const [one] = await toPortalEvents(db, [await visibleEventRow(db, memberId, eventId)], memberId);
  if (!one) throw notFound('No such event');
  return one;
}

/* ---- calendar files ---- */

export interface CalendarContext {
  appUrl: string;
  orgName: string;
  /** The sender address, which RFC 5546 names the organizer of a REQUEST or CANCEL. */
  mailFrom: string;
}

/** The `Name <address>` of MAIL_FROM, split. */
export function organizerOf(ctx: CalendarContext): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(ctx.mailFrom);
  return m?.[2] ? { name: m[1]?.trim() || ctx.orgName, email: m[2].trim() } : { name: ctx.orgName, email: ctx.mailFrom.trim() };
}

export const hostOf = (appUrl: string) => new URL(appUrl).hostname;

export const eventPageUrl = (appUrl: string, eventId: string) => `${appUrl}/events/${eventId}`;

export const calendarEventOf = (row: EventRow, appUrl: string): CalendarEvent => ({
  id: row.id,
  title: row.title,
  description: row.description,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  timeZone: row.timeZone,
  placeName: row.placeName,
  address: row.address,
  onlineUrl: row.onlineUrl,
  sequence: row.sequence,
  cancelled: row.status === 'cancelled',
  updatedAt: row.updatedAt,
  url: eventPageUrl(appUrl, row.id),
});

/** The .ics of one event, to add to a calendar by hand. */
export async function eventCalendarFile(db: Db, ctx: CalendarContext, memberId: string, eventId: string): Promise<string> {
  const row = await visibleEventRow(db, memberId, eventId);
  const [user] = await db.select({ email: users.email, language: users.language }).from(users).where(eq(users.id, memberId));
  return buildCalendar([calendarEventOf(row, ctx.appUrl)], hostOf(ctx.appUrl), {
    method: 'PUBLISH',
    language: user?.language ?? 'fi',
    organizer: organizerOf(ctx),
  });
}

/** The member's feed address; a reset gives a new one and the old one stops working. */
export async function calendarFeedUrl(db: Db, ctx: CalendarContext & { secret: string }, memberId: string, reset: boolean): Promise<string> {
  await assertVerifiedMember(db, memberId);
  const [feed] = reset
    ? await db
        .insert(calendarFeeds)
        .values({ memberId, version: 1 })
        .onConflictDoUpdate({ target: calendarFeeds.memberId, set: { version: sql`${calendarFeeds.version} + 1`, createdAt: sql`now()` } })
        .returning()
    : await db
        .insert(calendarFeeds)
        .values({ memberId, version: 1 })
        .onConflictDoUpdate({ target: calendarFeeds.memberId, set: { version: sql`${calendarFeeds.version}` } })
        .returning();
  if (!feed) throw new Error('feed not written');
  return `${ctx.appUrl}/api/v1/calendar/${signFeedToken(ctx.secret, memberId, feed.version)}`;
}

/** The feed a calendar app polls: the member's events of the last 90 days and to come, cancelled ones marked. */
export async function calendarFeedFile(db: Db, ctx: CalendarContext & { secret: string }, token: string): Promise<string> {
  const claims = verifyFeedToken(ctx.secret, token);
  const [feed] = claims ? await db.select().from(calendarFeeds).where(and(eq(calendarFeeds.memberId, claims.memberId), eq(calendarFeeds.version, claims.version))) : [];
  if (!feed) throw notFound('No such calendar');
  const [user] = await db.select({ status: users.status, language: users.language }).from(users).where(eq(users.id, feed.memberId));
  if (user?.status !== 'active') throw notFound('No such calendar');
  const rows = await db
    .select({ event: events })
    .from(eventRsvps)
    .innerJoin(events, eq(events.id, eventRsvps.eventId))
    .where(and(eq(eventRsvps.memberId, feed.memberId), sql`${eventRsvps.status} in ('going', 'maybe', 'waitlisted')`, sql`${events.endsAt} > now() - interval '90 days'`, sql`${events.status} <> 'draft'`))
    .orderBy(events.startsAt);
  return buildCalendar(
    rows.map((r) => calendarEventOf(r.event, ctx.appUrl)),
    hostOf(ctx.appUrl),
    { method: 'PUBLISH', language: user.language, organizer: organizerOf(ctx), name: ctx.orgName },
  );
}
