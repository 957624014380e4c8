import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { ZNewsPostBody, ZNewsQuery, pickText, type Language, type NewsPost, type NewsPostBody, type NewsPostPage, type PortalNewsPage } from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { newsPosts } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';
import { renderMarkdown } from './markdown.js';

type NewsRow = typeof newsPosts.$inferSelect;

const toNewsPost = (row: NewsRow): NewsPost => ({
  id: row.id,
  title: row.title,
  body: row.body,
  status: row.status,
  publishedAt: row.publishedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Newest first, by publication (drafts by when they were written). */
export async function listNews(db: Db, q: z.output<typeof ZNewsQuery>): Promise<NewsPostPage> {
  const at = sql`coalesce(${newsPosts.publishedAt}, ${newsPosts.createdAt})`;
  const where: SQL[] = [];
  if (q.status) where.push(eq(newsPosts.status, q.status));
  const after = decodeTimeCursor(q.cursor);
  if (after) where.push(or(lt(at, after.at), and(eq(at, after.at), lt(newsPosts.id, after.id))) as SQL);
  const rows = await db.select({ row: newsPosts, key: microsOf(at) }).from(newsPosts).where(and(...where)).orderBy(desc(at), desc(newsPosts.id)).limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map((r) => toNewsPost(r.row)), nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null };
}

async function rowOf(db: Pick<Db, 'select'>, id: string): Promise<NewsRow> {
  const [row] = await db.select().from(newsPosts).where(eq(newsPosts.id, id));
  if (!row) throw notFound('No such news post');
  return row;
}

export async function createNews(db: Db, actor: Actor, input: NewsPostBody): Promise<NewsPost> {
  const body = ZNewsPostBody.parse(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(newsPosts)
      .values({ ...body, publishedAt: body.status === 'published' ? new Date() : null, createdBy: actor.user.id })
      .returning();
    if (!row) throw new Error('news post not written');
    await recordAudit(tx, { actorId: actor.user.id, action: 'news.created', objectType: 'news_post', objectId: row.id, data: { status: row.status }, ip: actor.ip });
    return toNewsPost(row);
  });
}

export async function updateNews(db: Db, actor: Actor, id: string, input: NewsPostBody): Promise<NewsPost> {
  const body = ZNewsPostBody.parse(input);
  return db.transaction(async (tx) => {
    const before = await rowOf(tx, id);
    // Publishing again keeps the first publication time; taking a post back to a draft clears it.
    const publishedAt = body.status === 'published' ? (before.publishedAt ?? new Date()) : null;
    const [row] = await tx.update(newsPosts).set({ ...body, publishedAt, updatedAt: new Date() }).where(eq(newsPosts.id, id)).returning();
    if (!row) throw notFound('No such news post');
    await recordAudit(tx, { actorId: actor.user.id, action: 'news.updated', objectType: 'news_post', objectId: id, data: { status: row.status }, ip: actor.ip });
    return toNewsPost(row);
  });
}

export async function deleteNews(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await rowOf(tx, id);
    // A newsletter not yet sent that carries the post would lose it silently: say which.
    const using = await tx.execute<{ id: string }>(sql`
      select id from newsletters where status in ('draft', 'scheduled') and blocks->'newsIds' ? ${id} limit 1`);
    if (using.rows.length) throw new AppError('conflict', 'A newsletter not yet sent carries this post: take it out of the newsletter first');
    await tx.delete(newsPosts).where(eq(newsPosts.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'news.deleted', objectType: 'news_post', objectId: id, ip: actor.ip });
  });
}

/** Published posts in the member's language, Markdown rendered safe. */
export async function portalNews(db: Db, language: Language, q: { limit: number; cursor?: string | undefined }): Promise<PortalNewsPage> {
  const after = decodeTimeCursor(q.cursor);
  const where: SQL[] = [eq(newsPosts.status, 'published')];
  if (after) where.push(or(lt(newsPosts.publishedAt, after.at), and(eq(newsPosts.publishedAt, after.at), lt(newsPosts.id, after.id))) as SQL);
  const rows = await db
    .select({ row: newsPosts, key: microsOf(newsPosts.publishedAt) })
    .from(newsPosts)
    .where(and(...where))
    .orderBy(desc(newsPosts.publishedAt), desc(newsPosts.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map(({ row }) => ({
      id: row.id,
      title: pickText(row.title, language),
      html: renderMarkdown(pickText(row.body, language)),
      publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null,
  };
}
