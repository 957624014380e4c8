import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { ZSegmentFilters, type ConsentChannel, type Segment, type SegmentBody, type SegmentCount, type SegmentFilters, type SegmentPage } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { events, segments } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';
import { audienceMembers, everyone, matchesFilters, reachableOn } from './audience.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';

type SegmentRow = typeof segments.$inferSelect;

/** Stored filters are read through the schema, so a row written by an older version still fits. */
const filtersOf = (row: SegmentRow): SegmentFilters => ZSegmentFilters.parse(row.filters);

export const toSegment = (row: SegmentRow): Segment => ({
  id: row.id,
  name: row.name,
  description: row.description,
  filters: filtersOf(row),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listSegments(db: Db, q: { limit: number; cursor?: string | undefined }): Promise<SegmentPage> {
  const after = decodeCursor(q.cursor);
  const rows = await db
    .select()
    .from(segments)
    .where(after ? or(gt(sql`lower(${segments.name})`, after.key), and(eq(sql`lower(${segments.name})`, after.key), gt(segments.id, after.id))) : undefined)
    .orderBy(asc(sql`lower(${segments.name})`), asc(segments.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map(toSegment), nextCursor: rows.length > q.limit && last ? encodeCursor(last.name.toLowerCase(), last.id) : null };
}

export async function getSegmentRow(db: Pick<Db, 'select'>, id: string): Promise<SegmentRow> {
  const [row] = await db.select().from(segments).where(eq(segments.id, id));
  if (!row) throw notFound('No such segment');
  return row;
}

export const getSegment = async (db: Db, id: string): Promise<Segment> => toSegment(await getSegmentRow(db, id));

/** The names of the segments, by id, for lists that show each row's audience. */
export async function segmentNames(db: Pick<Db, 'select'>, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map();
  const found = await db.select({ id: segments.id, name: segments.name }).from(segments).where(inArray(segments.id, wanted));
  return new Map(found.map((s) => [s.id, s.name]));
}

/** The filters of an audience: the segment's, or every member's when there is none. */
export async function audienceFilters(db: Pick<Db, 'select'>, segmentId: string | null): Promise<SegmentFilters> {
  return segmentId ? filtersOf(await getSegmentRow(db, segmentId)) : everyone;
}

export async function createSegment(db: Db, actor: Actor, body: SegmentBody): Promise<Segment> {
  const value = parseBody(body);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(segments).values({ ...value, createdBy: actor.user.id }).returning();
    if (!row) throw new Error('segment not written');
    await recordAudit(tx, { actorId: actor.user.id, action: 'segment.created', objectType: 'segment', objectId: row.id, data: { name: row.name }, ip: actor.ip });
    return toSegment(row);
  });
}

export async function updateSegment(db: Db, actor: Actor, id: string, body: SegmentBody): Promise<Segment> {
  const value = parseBody(body);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(segments)
      .set({ ...value, updatedAt: sql`now()` })
      .where(eq(segments.id, id))
      .returning();
    if (!row) throw notFound('No such segment');
    await recordAudit(tx, { actorId: actor.user.id, action: 'segment.updated', objectType: 'segment', objectId: row.id, data: { name: row.name }, ip: actor.ip });
    return toSegment(row);
  });
}

export async function deleteSegment(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(segments).where(eq(segments.id, id)).for('update');
    if (!row) throw notFound('No such segment');
    const [used] = await tx.select({ id: events.id }).from(events).where(eq(events.segmentId, id)).limit(1);
    if (used) throw new AppError('conflict', 'An event uses this segment as its audience; change the event first');
    await tx.delete(segments).where(eq(segments.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'segment.deleted', objectType: 'segment', objectId: id, data: { name: row.name }, ip: actor.ip });
  });
}

/** How many active, verified members match, and how many of them may be mailed on the channel. */
export async function countAudience(db: Db, filters: SegmentFilters, channel: ConsentChannel): Promise<SegmentCount> {
  const res = await db.execute<{ members: number; reachable: number }>(sql`
    select count(*)::int as members, (count(*) filter (where ${reachableOn(channel)}))::int as reachable
    from members m join users u on u.id = m.user_id where ${matchesFilters(filters)}`);
  return res.rows[0] ?? { members: 0, reachable: 0 };
}

export { audienceMembers };

function parseBody(body: SegmentBody): { name: string; description: string; filters: SegmentFilters } {
  const filters = ZSegmentFilters.parse(body.filters);
  return { name: body.name.trim(), description: (body.description ?? '').trim(), filters };
}
