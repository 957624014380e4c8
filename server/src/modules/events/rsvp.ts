import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { RsvpAnswer } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { eventRsvps, events } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import { enqueueDeliveries } from '../deliveries/service.js';
import { matchesFilters, textArray } from '../segments/audience.js';
import { audienceFilters } from '../segments/service.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;
type EventRow = typeof events.$inferSelect;
export type RsvpRow = typeof eventRsvps.$inferSelect;

/** The key of the mail telling a member they got a seat; one per promotion. */
const promotionKey = (eventId: string, rsvpId: string, n: number) => `event:${eventId}:promotion:${rsvpId}:${n}`;

/** Seats taken by those going (guests included), leaving out one member's own answer. */
async function seatsTaken(tx: Executor, eventId: string, exceptMember: string | null): Promise<number> {
  const res = await tx.execute<{ n: number }>(sql`
    select coalesce(sum(1 + guests), 0)::int as n from event_rsvps
    where event_id = ${eventId} and status = 'going' ${exceptMember ? sql`and member_id <> ${exceptMember}` : sql``}`);
  return res.rows[0]?.n ?? 0;
}

/**
 * Gives freed seats to the waitlist in order: the first in line gets a seat if it fits them and
 * their guests; the line never jumps. Each promoted member gets a mail of their own. Call with the
 * event row locked. Returns the message keys to send once the transaction commits.
 */
export async function promoteWaitlist(tx: Tx, eventId: string): Promise<string[]> {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId));
  if (!event || event.status !== 'published') return [];
  const line = await tx.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, eventId), eq(eventRsvps.status, 'waitlisted'))).orderBy(eventRsvps.waitlistedAt, eventRsvps.id);
  if (!line.length) return [];
  let taken = await seatsTaken(tx, eventId, null);
  const keys: string[] = [];
  for (const r of line) {
    if (event.capacity !== null && taken + 1 + r.guests > event.capacity) break;
    const n = r.promotions + 1;
    await tx.update(eventRsvps).set({ status: 'going', waitlistedAt: null, promotions: n }).where(eq(eventRsvps.id, r.id));
    taken += 1 + r.guests;
    const key = promotionKey(eventId, r.id, n);
    await enqueueDeliveries(tx, { key, kind: 'event_promoted', data: { eventId } }, sql`select ${r.memberId}::uuid as user_id`);
    keys.push(key);
  }
  return keys;
}

/** Whether an answer is still taken: published, before the deadline (or the start when there is none). */
export function answersOpen(event: Pick<EventRow, 'status' | 'rsvpDeadline' | 'startsAt'>, now = new Date()): boolean {
  const closes = event.rsvpDeadline ?? event.startsAt;
  return event.status === 'published' && now < closes;
}

/** Refuses an answer the event does not take, saying why. */
function assertAnswerable(event: EventRow, guests: number): void {
  if (event.status === 'draft') throw new AppError('rule_broken', 'The event is not open for answers yet');
  if (event.status === 'cancelled') throw new AppError('rule_broken', 'The event is cancelled');
  if (!answersOpen(event)) throw new AppError('rule_broken', 'The deadline for answers has passed');
  if (guests > event.maxGuests) {
    throw new AppError('rule_broken', event.maxGuests ? `At most ${event.maxGuests} guests` : 'This event takes no guests', [
      { path: 'guests', message: event.maxGuests ? `At most ${event.maxGuests}` : 'No guests at this event' },
    ]);
  }
}

/**
 * Whether the event is for the member: they were invited or answered already, or they are in its
 * audience (every verified member, or the segment's). Drafts are for nobody.
 */
export async function eventIsFor(db: Executor, event: EventRow, memberId: string): Promise<boolean> {
  if (event.status === 'draft') return false;
  const filters = await audienceFilters(db, event.segmentId);
  const res = await db.execute<{ ok: boolean }>(sql`
    select exists (select 1 from event_invitations where event_id = ${event.id} and member_id = ${memberId})
      or exists (select 1 from event_rsvps where event_id = ${event.id} and member_id = ${memberId})
      or (${event.status === 'published'} and exists (
        select 1 from members m join users u on u.id = m.user_id where m.user_id = ${memberId} and ${matchesFilters(filters)}))
      as ok`);
  return res.rows[0]?.ok ?? false;
}

export interface AnswerResult {
  rsvp: RsvpRow;
  /** Message keys to send once committed (members promoted from the waitlist). */
  keys: string[];
}

/**
 * Records a member's answer. The event row is locked for the whole decision, so answers to one
 * event are decided one at a time and the last seats can never be given twice. A yes to a full
 * event (or while others wait) joins the waitlist; a seat given up goes to the first in line. The
 * same answer again changes nothing, not even the place in line.
 */
export async function answer(
  db: Db,
  input: { eventId: string; memberId: string; status: RsvpAnswer; guests: number },
): Promise<AnswerResult> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, input.eventId)).for('update');
    if (!event || !(await eventIsFor(tx, event, input.memberId))) throw notFound('No such event');
    assertAnswerable(event, input.guests);
    const [current] = await tx.select().from(eventRsvps).where(and(eq(eventRsvps.eventId, event.id), eq(eventRsvps.memberId, input.memberId)));
    const asked = input.status;
    const guests = asked === 'going' ? input.guests : 0;
    const unchanged =
      current &&
      current.guests === guests &&
      (current.status === asked || (asked === 'going' && current.status === 'waitlisted'));
    if (current && unchanged) return { rsvp: current, keys: [] };

    let status: RsvpRow['status'] = asked;
    // The database's clock, to the microsecond: the line's order is the order answers were decided in.
    let waitlistedAt: Date | SQL | null = null;
    if (asked === 'going') {
      const taken = await seatsTaken(tx, event.id, input.memberId);
      const fits = event.capacity === null || taken + 1 + guests <= event.capacity;
      if (current?.status === 'going') {
        // More guests for someone already coming: only if the seats are there.
        if (!fits) throw new AppError('rule_broken', 'Not enough seats left for the guests', [{ path: 'guests', message: 'Not enough seats left' }]);
      } else if (current?.status === 'waitlisted') {
        status = 'waitlisted';
        waitlistedAt = current.waitlistedAt;
      } else {
        const [waiting] = await tx.execute<{ n: number }>(sql`select count(*)::int as n from event_rsvps where event_id = ${event.id} and status = 'waitlisted'`).then((r) => r.rows);
        if (!fits || (waiting?.n ?? 0) > 0) {
          status = 'waitlisted';
          waitlistedAt = sql`clock_timestamp()`;
        }
      }
    }
    const values = { status, guests, waitlistedAt, respondedAt: new Date() };
    const [rsvp] = current
      ? await tx.update(eventRsvps).set(values).where(eq(eventRsvps.id, current.id)).returning()
      : await tx
          .insert(eventRsvps)
          .values({ eventId: event.id, memberId: input.memberId, ...values })
          .returning();
    if (!rsvp) throw new Error('answer not written');
    // Someone going said otherwise, or came with fewer guests: the line moves.
    const freed = current?.status === 'going' && (status !== 'going' || guests < current.guests);
    const leftLine = current?.status === 'waitlisted' && status !== 'waitlisted';
    const keys = freed || leftLine ? await promoteWaitlist(tx, event.id) : [];
    const [after] = await tx.select().from(eventRsvps).where(eq(eventRsvps.id, rsvp.id));
    return { rsvp: after ?? rsvp, keys };
  });
}

/** The member's place in line (1 for the next to get a seat) on each of the events they wait for, in one statement. */
export async function waitlistPlaces(db: Executor, memberId: string, eventIds: readonly string[]): Promise<Map<string, number>> {
  if (!eventIds.length) return new Map();
  const res = await db.execute<{ event_id: string; position: number }>(sql`
    select mine.event_id, (select count(*)::int from event_rsvps w
        where w.event_id = mine.event_id and w.status = 'waitlisted' and (w.waitlisted_at, w.id) <= (mine.waitlisted_at, mine.id)) as position
    from event_rsvps mine
    where mine.member_id = ${memberId} and mine.status = 'waitlisted' and mine.event_id = any(${textArray(eventIds)}::uuid[])`);
  return new Map(res.rows.map((r) => [r.event_id, r.position]));
}
