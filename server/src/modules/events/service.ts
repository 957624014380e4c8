import { and, asc, desc, eq, gt, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  ZAdminEventQuery,
  ZEventBody,
  type AdminEvent,
  type AdminEventPage,
  type EventAudience,
  type EventBody,
  type EventCounts,
  type LocalizedText,
  type SendInvitationsResult,
} from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { events } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import { sendDeliveriesJob } from '../deliveries/jobs.js';
import { enqueueDeliveries } from '../deliveries/service.js';
import { audienceMembers, matchesFilters, reachableOn, textArray } from '../segments/audience.js';
import { audienceFilters, getSegmentRow, segmentNames } from '../segments/service.js';
import { changeKinds, type ChangeKind } from './format.js';
import { promoteWaitlist } from './rsvp.js';
import { instantToLocal, isoInZone, localToInstant } from './time.js';

export type EventRow = typeof events.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

export interface EventDeps {
  db: Db;
  queue: Queue;
}

/** The message keys of an event's mails: one delivery per member and key. */
export const messageKeys = {
  invitation: (eventId: string) => `event:${eventId}:invitation`,
  update: (eventId: string, sequence: number) => `event:${eventId}:update:${sequence}`,
  cancellation: (eventId: string) => `event:${eventId}:cancellation`,
  /** Per start time, so an event moved after its reminder went out reminds again. */
  reminder: (eventId: string, startsAt: Date) => `event:${eventId}:reminder:${startsAt.getTime()}`,
};

/** Queues the send of messages whose deliveries a committed transaction wrote. */
export async function sendQueued(queue: Queue, keys: readonly string[]): Promise<void> {
  for (const messageKey of new Set(keys)) await queue.send(sendDeliveriesJob, { messageKey });
}

const emptyCounts: EventCounts = { invited: 0, going: 0, seatsTaken: 0, maybe: 0, declined: 0, waitlisted: 0, checkedIn: 0, walkIns: 0 };

/** Answers and invitations per event, in two grouped statements. */
export async function countsFor(db: Executor, ids: readonly string[]): Promise<Map<string, EventCounts>> {
  const out = new Map<string, EventCounts>(ids.map((id) => [id, { ...emptyCounts }]));
  if (!ids.length) return out;
  const list = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  const answers = await db.execute<{ event_id: string; going: number; seats: number; maybe: number; declined: number; waitlisted: number; checked_in: number; walk_ins: number }>(sql`
    select event_id,
      count(*) filter (where status = 'going')::int as going,
      coalesce(sum(1 + guests) filter (where status = 'going'), 0)::int as seats,
      count(*) filter (where status = 'maybe')::int as maybe,
      count(*) filter (where status = 'declined')::int as declined,
      count(*) filter (where status = 'waitlisted')::int as waitlisted,
      count(*) filter (where checked_in_at is not null)::int as checked_in,
      count(*) filter (where walk_in)::int as walk_ins
    from event_rsvps where event_id in (${list}) group by event_id`);
  for (const r of answers.rows) {
    const c = out.get(r.event_id);
    if (!c) continue;
    Object.assign(c, { going: r.going, seatsTaken: r.seats, maybe: r.maybe, declined: r.declined, waitlisted: r.waitlisted, checkedIn: r.checked_in, walkIns: r.walk_ins });
  }
  const invited = await db.execute<{ event_id: string; n: number }>(sql`
    select event_id, count(*)::int as n from event_invitations where event_id in (${list}) group by event_id`);
  for (const r of invited.rows) {
    const c = out.get(r.event_id);
    if (c) c.invited = r.n;
  }
  return out;
}

export function toAdminEvent(row: EventRow, counts: EventCounts, segmentName: string | null): AdminEvent {
  const z = row.timeZone;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    description: row.description,
    start: instantToLocal(row.startsAt, z),
    end: instantToLocal(row.endsAt, z),
    timeZone: z,
    startsAt: isoInZone(row.startsAt, z),
    endsAt: isoInZone(row.endsAt, z),
    placeName: row.placeName,
    address: row.address,
    onlineUrl: row.onlineUrl,
    capacity: row.capacity,
    rsvpDeadline: row.rsvpDeadline ? instantToLocal(row.rsvpDeadline, z) : null,
    rsvpDeadlineAt: row.rsvpDeadline ? isoInZone(row.rsvpDeadline, z) : null,
    maxGuests: row.maxGuests,
    reminderHours: row.reminderHours,
    segmentId: row.segmentId,
    segmentName,
    sequence: row.sequence,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    counts,
  };
}

async function present(db: Executor, rows: EventRow[]): Promise<AdminEvent[]> {
  const counts = await countsFor(
    db,
    rows.map((r) => r.id),
  );
  const names = await segmentNames(db, rows.map((r) => r.segmentId));
  return rows.map((r) => toAdminEvent(r, counts.get(r.id) ?? emptyCounts, r.segmentId ? (names.get(r.segmentId) ?? null) : null));
}

export async function getEventRow(db: Pick<Db, 'select'>, id: string, lock = false): Promise<EventRow> {
  const q = db.select().from(events).where(eq(events.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('No such event');
  return row;
}

export async function getAdminEvent(db: Executor, id: string): Promise<AdminEvent> {
  const [one] = await present(db, [await getEventRow(db, id)]);
  if (!one) throw notFound('No such event');
  return one;
}

export async function listAdminEvents(db: Db, q: z.output<typeof ZAdminEventQuery>): Promise<AdminEventPage> {
  const where: SQL[] = [];
  if (q.status) where.push(eq(events.status, q.status));
  if (q.when === 'upcoming') where.push(gte(events.endsAt, sql`now()`));
  if (q.when === 'past') where.push(lt(events.endsAt, sql`now()`));
  // Upcoming soonest first; otherwise newest first.
  const ascending = q.when === 'upcoming';
  const after = decodeTimeCursor(q.cursor);
  if (after) {
    const { at } = after;
    where.push(
      ascending
        ? (or(gt(events.startsAt, at), and(eq(events.startsAt, at), gt(events.id, after.id))) as SQL)
        : (or(lt(events.startsAt, at), and(eq(events.startsAt, at), lt(events.id, after.id))) as SQL),
    );
  }
  const rows = await db
    .select({ row: events, key: microsOf(events.startsAt) })
    .from(events)
    .where(and(...where))
    .orderBy(...(ascending ? [asc(events.startsAt), asc(events.id)] : [desc(events.startsAt), desc(events.id)]))
    .limit(q.limit + 1);
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows.at(-1);
  return {
    items: await present(
      db,
      pageRows.map((r) => r.row),
    ),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null,
  };
}

/** The columns an event body sets, its wall-clock times read in its zone. */
function columnsOf(body: z.output<typeof ZEventBody>) {
  const zone = body.timeZone;
  return {
    kind: body.kind,
    title: body.title,
    description: body.description,
    startsAt: localToInstant(body.start, zone, 'start'),
    endsAt: localToInstant(body.end, zone, 'end'),
    timeZone: zone,
    placeName: body.placeName,
    address: body.address,
    onlineUrl: body.onlineUrl,
    capacity: body.capacity,
    rsvpDeadline: body.rsvpDeadline ? localToInstant(body.rsvpDeadline, zone, 'rsvpDeadline') : null,
    maxGuests: body.maxGuests,
    reminderHours: body.reminderHours,
    segmentId: body.segmentId,
  };
}

export async function createEvent(db: Db, actor: Actor, input: EventBody): Promise<AdminEvent> {
  const body = ZEventBody.parse(input);
  const values = columnsOf(body);
  return db.transaction(async (tx) => {
    if (values.segmentId) await getSegmentRow(tx, values.segmentId).catch(() => Promise.reject(segmentMissing()));
    const [row] = await tx.insert(events).values({ ...values, createdBy: actor.user.id }).returning();
    if (!row) throw new Error('event not written');
    await recordAudit(tx, { actorId: actor.user.id, action: 'event.created', objectType: 'event', objectId: row.id, data: { kind: row.kind }, ip: actor.ip });
    return getAdminEvent(tx, row.id);
  });
}

const segmentMissing = () => new AppError('validation_failed', 'No such segment', [{ path: 'segmentId', message: 'Choose a saved segment' }]);

/** Texts per language compared by language, as jsonb hands keys back in its own order. */
const same = (a: LocalizedText, b: LocalizedText) => a.fi === b.fi && a.sv === b.sv && a.en === b.en;

/** What of the event changed in a way those coming must hear of. */
function changesBetween(before: EventRow, after: ReturnType<typeof columnsOf>): ChangeKind[] {
  const changed: Record<ChangeKind, boolean> = {
    time: before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime() || before.timeZone !== after.timeZone,
    place: before.placeName !== after.placeName || before.address !== after.address,
    online: before.onlineUrl !== after.onlineUrl,
    title: !same(before.title, after.title),
    description: !same(before.description, after.description),
    capacity: before.capacity !== after.capacity,
  };
  return changeKinds.filter((k) => changed[k]);
}

/**
 * Saves HR's edit. On a published event, a change to anything a calendar entry shows raises the
 * calendar revision and mails those going or maybe what changed, with the updated entry. Seats
 * already taken cannot be taken away: a capacity below them is refused; more seats promote the
 * waitlist.
 */
export async function updateEvent(deps: EventDeps, actor: Actor, id: string, input: EventBody): Promise<AdminEvent> {
  const body = ZEventBody.parse(input);
  const values = columnsOf(body);
  const keys: string[] = [];
  const result = await deps.db.transaction(async (tx) => {
    const before = await getEventRow(tx, id, true);
    if (before.status === 'cancelled') throw new AppError('rule_broken', 'A cancelled event cannot be changed');
    if (values.segmentId && values.segmentId !== before.segmentId) await getSegmentRow(tx, values.segmentId).catch(() => Promise.reject(segmentMissing()));
    const counts = (await countsFor(tx, [id])).get(id) ?? emptyCounts;
    if (values.capacity !== null && values.capacity < counts.seatsTaken) {
      throw new AppError('rule_broken', `${counts.seatsTaken} seats are taken already; the capacity cannot be less`, [
        { path: 'capacity', message: `At least ${counts.seatsTaken}: that many seats are taken` },
      ]);
    }
    const changes = changesBetween(before, values);
    const mailed = before.status === 'published' && changes.some((c) => c !== 'capacity' && c !== 'description') ? changes : [];
    const sequence = mailed.length ? before.sequence + 1 : before.sequence;
    const moved = before.startsAt.getTime() !== values.startsAt.getTime() || before.reminderHours !== values.reminderHours;
    await tx
      .update(events)
      .set({ ...values, sequence, updatedAt: sql`now()`, ...(moved ? { reminderQueuedAt: null } : {}) })
      .where(eq(events.id, id));
    if (mailed.length) {
      const key = messageKeys.update(id, sequence);
      await enqueueDeliveries(
        tx,
        { key, kind: 'event_updated', data: { eventId: id, sequence, changes: mailed.join(',') } },
        sql`select member_id as user_id from event_rsvps where event_id = ${id} and status in ('going', 'maybe')`,
      );
      keys.push(key);
    }
    if (before.status === 'published') keys.push(...(await promoteWaitlist(tx, id)));
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'event.updated',
      objectType: 'event',
      objectId: id,
      data: { changes, mailed: mailed.length > 0, sequence },
      ip: actor.ip,
    });
    return getAdminEvent(tx, id);
  });
  await sendQueued(deps.queue, keys);
  return result;
}

export async function publishEvent(deps: EventDeps, actor: Actor, id: string): Promise<AdminEvent> {
  return deps.db.transaction(async (tx) => {
    const row = await getEventRow(tx, id, true);
    if (row.status === 'cancelled') throw new AppError('rule_broken', 'A cancelled event cannot be published again');
    if (row.status === 'published') return getAdminEvent(tx, id);
    if (row.endsAt.getTime() <= Date.now()) throw new AppError('rule_broken', 'The event is over: it cannot be published');
    await tx.update(events).set({ status: 'published', publishedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(events.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'event.published', objectType: 'event', objectId: id, ip: actor.ip });
    return getAdminEvent(tx, id);
  });
}

/**
 * Cancels the event: the calendar revision goes up and everyone who answered going, maybe or was
 * waiting gets a cancellation with METHOD:CANCEL, which removes the entry from their calendar.
 */
export async function cancelEvent(deps: EventDeps, actor: Actor, id: string): Promise<AdminEvent> {
  const keys: string[] = [];
  const result = await deps.db.transaction(async (tx) => {
    const row = await getEventRow(tx, id, true);
    if (row.status === 'cancelled') return getAdminEvent(tx, id);
    const sequence = row.sequence + 1;
    await tx.update(events).set({ status: 'cancelled', cancelledAt: sql`now()`, sequence, updatedAt: sql`now()` }).where(eq(events.id, id));
    if (row.status === 'published') {
      const key = messageKeys.cancellation(id);
      await enqueueDeliveries(
        tx,
        { key, kind: 'event_cancelled', data: { eventId: id, sequence } },
        sql`select member_id as user_id from event_rsvps where event_id = ${id} and status in ('going', 'maybe', 'waitlisted')`,
      );
      keys.push(key);
    }
    await recordAudit(tx, { actorId: actor.user.id, action: 'event.cancelled', objectType: 'event', objectId: id, data: { wasPublished: row.status === 'published' }, ip: actor.ip });
    return getAdminEvent(tx, id);
  });
  await sendQueued(deps.queue, keys);
  return result;
}

/** How the event's audience stands: who is in it, who may be mailed, who was invited. */
export async function eventAudience(db: Db, id: string): Promise<EventAudience> {
  const row = await getEventRow(db, id);
  const filters = await audienceFilters(db, row.segmentId);
  const res = await db.execute<{ audience: number; reachable: number; invited: number; to_invite: number }>(sql`
    with aud as (
      select m.user_id, ${reachableOn('event_invites')} as reachable,
        exists (select 1 from event_invitations i where i.event_id = ${id} and i.member_id = m.user_id) as invited
      from members m join users u on u.id = m.user_id where ${matchesFilters(filters)}
    )
    select count(*)::int as audience, (count(*) filter (where reachable))::int as reachable,
      (select count(*) from event_invitations i where i.event_id = ${id})::int as invited,
      (count(*) filter (where reachable and not invited))::int as to_invite
    from aud`);
  const r = res.rows[0];
  return { audience: r?.audience ?? 0, reachable: r?.reachable ?? 0, invited: r?.invited ?? 0, toInvite: r?.to_invite ?? 0 };
}

/**
 * Invites the event's audience: every member who may be mailed (consent in force, address not
 * suppressed) and has not been invited yet gets one invitation row and one delivery, in one
 * statement each. Pressing again reaches only members who joined the audience since.
 */
export async function sendInvitations(deps: EventDeps, actor: Actor, id: string): Promise<SendInvitationsResult> {
  const key = messageKeys.invitation(id);
  const result = await deps.db.transaction(async (tx) => {
    const row = await getEventRow(tx, id, true);
    if (row.status !== 'published') throw new AppError('rule_broken', row.status === 'draft' ? 'Publish the event before inviting' : 'The event is cancelled');
    if (row.endsAt.getTime() <= Date.now()) throw new AppError('rule_broken', 'The event is over');
    const filters = await audienceFilters(tx, row.segmentId);
    const inserted = await tx.execute<{ member_id: string }>(sql`
      insert into event_invitations (event_id, member_id, invited_by)
      select ${id}::uuid, a.user_id, ${actor.user.id}::uuid from (${audienceMembers(filters, 'event_invites')}) a
      on conflict do nothing
      returning member_id`);
    const invited = inserted.rows.length;
    if (invited) {
      await enqueueDeliveries(
        tx,
        { key, kind: 'event_invitation', data: { eventId: id } },
        sql`select member_id as user_id from event_invitations where event_id = ${id} and member_id = any(${textArray(inserted.rows.map((r) => r.member_id))}::uuid[])`,
      );
    }
    const [total] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from event_invitations where event_id = ${id}`).then((r) => r.rows);
    await recordAudit(tx, { actorId: actor.user.id, action: 'event.invitations_sent', objectType: 'event', objectId: id, data: { invited }, ip: actor.ip });
    return { invited, alreadyInvited: (total?.n ?? 0) - invited };
  });
  if (result.invited) await sendQueued(deps.queue, [key]);
  return result;
}
