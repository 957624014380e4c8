import { Readable } from 'node:stream';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Attendee, AttendeePage, ZAttendeeQuery } from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { eventRsvps, members, users } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';
import { csvBom, csvRow } from '../members/csv.js';
import { getEventRow } from './service.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

/** The list's order: folded last name, first name, then the member's id. */
const sortKey = sql<string>`alumni_fold(coalesce(${users.lastName}, '') || ' ' || coalesce(${users.firstName}, ''))`;

const columns = {
  memberId: eventRsvps.memberId,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  status: eventRsvps.status,
  guests: eventRsvps.guests,
  waitlistedAt: eventRsvps.waitlistedAt,
  respondedAt: eventRsvps.respondedAt,
  checkedInAt: eventRsvps.checkedInAt,
  walkIn: eventRsvps.walkIn,
  key: sortKey,
  position: sql<number | null>`case when ${eventRsvps.status} = 'waitlisted' then (
    select count(*)::int from event_rsvps w where w.event_id = ${eventRsvps.eventId} and w.status = 'waitlisted'
      and (w.waitlisted_at, w.id) <= (${eventRsvps.waitlistedAt}, ${eventRsvps.id})) end`,
};

type Row = Awaited<ReturnType<ReturnType<typeof select>['where']>>[number];

const toAttendee = (r: Row): Attendee => ({
  memberId: r.memberId,
  firstName: r.firstName,
  lastName: r.lastName,
  email: r.email,
  status: r.status,
  guests: r.guests,
  waitlistPosition: r.position,
  respondedAt: r.respondedAt.toISOString(),
  checkedInAt: r.checkedInAt?.toISOString() ?? null,
  walkIn: r.walkIn,
});

function filters(eventId: string, q: { q?: string | undefined; status?: Attendee['status'] | undefined }): SQL[] {
  const where: SQL[] = [eq(eventRsvps.eventId, eventId)];
  if (q.status) where.push(eq(eventRsvps.status, q.status));
  if (q.q) {
    // Names without accents and in any case, and addresses, as people at a door spell them.
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(alumni_fold(coalesce(${users.firstName}, '') || ' ' || coalesce(${users.lastName}, '')) like alumni_fold(${like})
      or alumni_fold(coalesce(${users.lastName}, '') || ' ' || coalesce(${users.firstName}, '')) like alumni_fold(${like})
      or lower(${users.email}) like lower(${like}))`);
  }
  return where;
}

const select = (db: Executor) => db.select(columns).from(eventRsvps).innerJoin(users, eq(users.id, eventRsvps.memberId));

/** Everyone who answered, by name, searched and filtered: the list HR checks people in from. */
export async function listAttendees(db: Db, eventId: string, q: z.output<typeof ZAttendeeQuery>): Promise<AttendeePage> {
  await getEventRow(db, eventId);
  const where = filters(eventId, q);
  const after = decodeCursor(q.cursor);
  if (after) where.push(sql`(${sortKey}, ${eventRsvps.memberId}) > (${after.key}, ${after.id}::uuid)`);
  const rows = await select(db)
    .where(and(...where))
    .orderBy(sortKey, eventRsvps.memberId)
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map(toAttendee), nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.memberId) : null };
}

async function attendee(db: Executor, eventId: string, memberId: string): Promise<Attendee> {
  const [row] = await select(db).where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.memberId, memberId)));
  if (!row) throw notFound('This member has not answered');
  return toAttendee(row);
}

/** Check-in is for the event's day(s): a published event, not a draft or a cancelled one. */
async function lockForCheckIn(tx: Tx, eventId: string) {
  const event = await getEventRow(tx, eventId, true);
  if (event.status !== 'published') throw new AppError('rule_broken', event.status === 'draft' ? 'The event is not published' : 'The event is cancelled');
  return event;
}

/**
 * Checks in someone who answered. Someone who had said maybe or no, or was waiting, and came
 * anyway is now going and counted as a walk-in. Checking in twice changes nothing.
 */
export async function checkIn(db: Db, actor: Actor, eventId: string, memberId: string): Promise<Attendee> {
  return db.transaction(async (tx) => {
    await lockForCheckIn(tx, eventId);
    const [r] = await tx.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.memberId, memberId)));
    if (!r) throw notFound('This member has not answered: check them in as a walk-in');
    if (!r.checkedInAt) {
      await tx
        .update(eventRsvps)
        .set({ checkedInAt: sql`now()`, checkedInBy: actor.user.id, ...(r.status === 'going' ? {} : { status: 'going' as const, walkIn: true, waitlistedAt: null }) })
        .where(eq(eventRsvps.id, r.id));
      await recordAudit(tx, { actorId: actor.user.id, action: 'event.checked_in', objectType: 'event', objectId: eventId, data: { memberId }, ip: actor.ip });
    }
    return attendee(tx, eventId, memberId);
  });
}

export async function undoCheckIn(db: Db, actor: Actor, eventId: string, memberId: string): Promise<Attendee> {
  return db.transaction(async (tx) => {
    await lockForCheckIn(tx, eventId);
    const [r] = await tx.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.memberId, memberId)));
    if (!r) throw notFound('This member has not answered');
    if (r.checkedInAt) {
      await tx.update(eventRsvps).set({ checkedInAt: null, checkedInBy: null }).where(eq(eventRsvps.id, r.id));
      await recordAudit(tx, { actorId: actor.user.id, action: 'event.check_in_undone', objectType: 'event', objectId: eventId, data: { memberId }, ip: actor.ip });
    }
    return attendee(tx, eventId, memberId);
  });
}

/**
 * A member who came without answering: they are going and checked in at once. Someone at the door
 * has a seat whatever the capacity said; an existing answer becomes going and checked in.
 */
export async function walkIn(db: Db, actor: Actor, eventId: string, memberId: string): Promise<Attendee> {
  return db.transaction(async (tx) => {
    await lockForCheckIn(tx, eventId);
    const [m] = await tx
      .select({ status: users.status })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(eq(members.userId, memberId));
    if (m?.status !== 'active') throw new AppError('validation_failed', 'No such active member', [{ path: 'memberId', message: 'Choose an active member' }]);
    const [r] = await tx.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.memberId, memberId)));
    if (r?.checkedInAt) return attendee(tx, eventId, memberId);
    if (r) {
      await tx
        .update(eventRsvps)
        .set({ checkedInAt: sql`now()`, checkedInBy: actor.user.id, ...(r.status === 'going' ? {} : { status: 'going' as const, walkIn: true, waitlistedAt: null }) })
        .where(eq(eventRsvps.id, r.id));
    } else {
      await tx.insert(eventRsvps).values({ eventId, memberId, status: 'going', walkIn: true, checkedInAt: sql`now()`, checkedInBy: actor.user.id });
    }
    await recordAudit(tx, { actorId: actor.user.id, action: 'event.walk_in', objectType: 'event', objectId: eventId, data: { memberId }, ip: actor.ip });
    return attendee(tx, eventId, memberId);
  });
}

const statusLabels: Readonly<Record<Attendee['status'], string>> = { going: 'going', maybe: 'maybe', declined: 'declined', waitlisted: 'waitlisted' };

const helsinki = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** The attendee list as CSV for a spreadsheet (times in Helsinki time); the export is audited with its size. */
export async function exportAttendees(db: Db, actor: Actor, eventId: string): Promise<{ fileName: string; body: Readable }> {
  const event = await getEventRow(db, eventId);
  const rows = await select(db).where(eq(eventRsvps.eventId, eventId)).orderBy(sortKey, eventRsvps.memberId);
  await recordAudit(db, { actorId: actor.user.id, action: 'event.attendees_exported', objectType: 'event', objectId: eventId, data: { rows: rows.length }, ip: actor.ip });
  const lines = [
    csvRow(['last_name', 'first_name', 'email', 'answer', 'guests', 'waitlist_position', 'answered_at', 'checked_in_at', 'walk_in']),
    ...rows.map((r) =>
      csvRow([
        r.lastName,
        r.firstName,
        r.email,
        statusLabels[r.status],
        String(r.guests),
        r.position === null ? '' : String(r.position),
        helsinki.format(r.respondedAt),
        r.checkedInAt ? helsinki.format(r.checkedInAt) : '',
        r.walkIn ? 'yes' : 'no',
      ]),
    ),
  ];
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: event.timeZone }).format(event.startsAt);
  return { fileName: `attendees-${day}-${eventId.slice(0, 8)}.csv`, body: Readable.from([csvBom, ...lines]) };
}
