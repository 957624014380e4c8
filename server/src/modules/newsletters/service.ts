import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  ZNewsletterBody,
  ZNewsletterQuery,
  ZScheduleBody,
  type Language,
  type Newsletter,
  type NewsletterAudience,
  type NewsletterBody,
  type NewsletterPage,
  type NewsletterPreview,
  type NewsletterProgress,
  type NewsletterStats,
  type ScheduleBody,
} from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { events, newsPosts, newsletters } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import { localToInstant } from '../events/time.js';
import { audienceMembers } from '../segments/audience.js';
import { audienceFilters, countAudience, getSegmentRow, segmentNames } from '../segments/service.js';
import { readOrgSettings } from '../settings/service.js';
import { sendNewsletterJob, startNewsletterJob, testSendNewsletterJob } from './job-specs.js';
import { cadenceWarnings, readCadence } from './plan.js';
import { buildIssue, personalize, type BlockEvent, type BlockNews, type BuiltIssue, type IssueContent } from './render.js';

export type NewsletterRow = typeof newsletters.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Executor = Db | Tx;

export interface NewsletterDeps {
  db: Db;
  queue: Queue;
  config: { appUrl: string; orgName: string };
}

/** The delivery ledger's key for an issue: one row per member. */
export const newsletterKey = (id: string) => `newsletter:${id}`;
export const newsletterIdOfKey = (key: string): string | null => (key.startsWith('newsletter:') ? key.slice('newsletter:'.length) : null);

const emptyProgress: NewsletterProgress = { recipients: 0, sent: 0, failed: 0, bounced: 0, skipped: 0, left: 0 };

/** Each issue's deliveries by status, in one grouped statement. */
async function progressOf(db: Executor, ids: readonly string[]): Promise<Map<string, NewsletterProgress>> {
  const out = new Map<string, NewsletterProgress>(ids.map((id) => [id, { ...emptyProgress }]));
  if (!ids.length) return out;
  const keys = sql.join(ids.map((id) => sql`${newsletterKey(id)}`), sql`, `);
  const res = await db.execute<{ message_key: string; status: string; n: number }>(sql`
    select message_key, status::text, count(*)::int as n from deliveries where message_key in (${keys}) group by message_key, status`);
  for (const r of res.rows) {
    const id = newsletterIdOfKey(r.message_key);
    const p = id ? out.get(id) : undefined;
    if (!p) continue;
    p.recipients += r.n;
    if (r.status === 'sent') p.sent += r.n;
    else if (r.status === 'failed') p.failed += r.n;
    else if (r.status === 'bounced') p.bounced += r.n;
    else if (r.status === 'queued' || r.status === 'sending') p.left += r.n;
    else p.skipped += r.n;
  }
  return out;
}

function toNewsletter(row: NewsletterRow, progress: NewsletterProgress, segmentName: string | null): Newsletter {
  return {
    id: row.id,
    status: row.status,
    subject: row.subject,
    preheader: row.preheader,
    body: row.body,
    defaultLanguage: row.defaultLanguage,
    blocks: row.blocks,
    segmentId: row.segmentId,
    segmentName,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    timeZone: row.timeZone,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    progress,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function present(db: Executor, rows: NewsletterRow[]): Promise<Newsletter[]> {
  const progress = await progressOf(
    db,
    rows.map((r) => r.id),
  );
  const names = await segmentNames(db, rows.map((r) => r.segmentId));
  return rows.map((r) => toNewsletter(r, progress.get(r.id) ?? emptyProgress, r.segmentId ? (names.get(r.segmentId) ?? null) : null));
}

export async function getNewsletterRow(db: Pick<Db, 'select'>, id: string, lock = false): Promise<NewsletterRow> {
  const q = db.select().from(newsletters).where(eq(newsletters.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('No such newsletter');
  return row;
}

export async function getNewsletter(db: Executor, id: string): Promise<Newsletter> {
  const [one] = await present(db, [await getNewsletterRow(db, id)]);
  if (!one) throw notFound('No such newsletter');
  return one;
}

/** Newest first: by when it goes or went, drafts by when they were written. */
export async function listNewsletters(db: Db, q: z.output<typeof ZNewsletterQuery>): Promise<NewsletterPage> {
  const at = sql`coalesce(${newsletters.scheduledAt}, ${newsletters.createdAt})`;
  const where: SQL[] = [];
  if (q.status) where.push(eq(newsletters.status, q.status));
  const after = decodeTimeCursor(q.cursor);
  if (after) where.push(or(lt(at, after.at), and(eq(at, after.at), lt(newsletters.id, after.id))) as SQL);
  const rows = await db
    .select({ row: newsletters, key: microsOf(at) })
    .from(newsletters)
    .where(and(...where))
    .orderBy(desc(at), desc(newsletters.id))
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

const segmentMissing = () => new AppError('validation_failed', 'No such segment', [{ path: 'segmentId', message: 'Choose a saved segment' }]);
const notDraft = (row: NewsletterRow) => new AppError('conflict', `The newsletter is ${row.status}: only a draft can be changed`);

/** The news posts picked must exist and be published; each wrong one is named. */
async function checkBlocks(db: Executor, body: z.output<typeof ZNewsletterBody>, prefix = ''): Promise<void> {
  const ids = body.blocks.newsIds;
  if (!ids.length) return;
  const found = await db.select({ id: newsPosts.id, status: newsPosts.status }).from(newsPosts).where(inArray(newsPosts.id, ids));
  const published = new Set(found.filter((p) => p.status === 'published').map((p) => p.id));
  const details = ids.flatMap((id, i) => (published.has(id) ? [] : [{ path: `${prefix}blocks.newsIds.${i}`, message: 'No published news post with this id' }]));
  if (details.length) throw new AppError('validation_failed', 'A picked news post is not published', details);
}

function columnsOf(body: z.output<typeof ZNewsletterBody>) {
  return {
    subject: body.subject,
    preheader: body.preheader,
    body: body.body,
    defaultLanguage: body.defaultLanguage,
    blocks: body.blocks,
    segmentId: body.segmentId,
  };
}

export async function createNewsletter(db: Db, actor: Actor, input: NewsletterBody): Promise<Newsletter> {
  const body = ZNewsletterBody.parse(input);
  return db.transaction(async (tx) => {
    if (body.segmentId) await getSegmentRow(tx, body.segmentId).catch(() => Promise.reject(segmentMissing()));
    await checkBlocks(tx, body);
    const [row] = await tx.insert(newsletters).values({ ...columnsOf(body), createdBy: actor.user.id }).returning();
    if (!row) throw new Error('newsletter not written');
    await recordAudit(tx, { actorId: actor.user.id, action: 'newsletter.created', objectType: 'newsletter', objectId: row.id, ip: actor.ip });
    return getNewsletter(tx, row.id);
  });
}

export async function updateNewsletter(db: Db, actor: Actor, id: string, input: NewsletterBody): Promise<Newsletter> {
  const body = ZNewsletterBody.parse(input);
  return db.transaction(async (tx) => {
    const row = await getNewsletterRow(tx, id, true);
    if (row.status !== 'draft') throw notDraft(row);
    if (body.segmentId) await getSegmentRow(tx, body.segmentId).catch(() => Promise.reject(segmentMissing()));
    await checkBlocks(tx, body);
    await tx.update(newsletters).set({ ...columnsOf(body), updatedAt: new Date() }).where(eq(newsletters.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'newsletter.updated', objectType: 'newsletter', objectId: id, ip: actor.ip });
    return getNewsletter(tx, id);
  });
}

export async function deleteNewsletter(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await getNewsletterRow(tx, id, true);
    if (row.status !== 'draft') throw notDraft(row);
    await tx.delete(newsletters).where(eq(newsletters.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'newsletter.deleted', objectType: 'newsletter', objectId: id, ip: actor.ip });
  });
}

/* ---- rendering ---- */

/** What the blocks pull in now: the next published events, and the picked news posts that are published. */
async function blockContent(db: Executor, content: Pick<IssueContent, 'blocks'>): Promise<{ events: BlockEvent[]; news: BlockNews[] }> {
  const upcoming = content.blocks.events
    ? await db
        .select()
        .from(events)
        .where(and(eq(events.status, 'published'), sql`${events.startsAt} > now()`))
        .orderBy(asc(events.startsAt), asc(events.id))
        .limit(content.blocks.events)
    : [];
  const ids = content.blocks.newsIds;
  const posts = ids.length ? await db.select().from(newsPosts).where(and(inArray(newsPosts.id, ids), eq(newsPosts.status, 'published'))) : [];
  const byId = new Map(posts.map((p) => [p.id, p]));
  return { events: upcoming, news: ids.flatMap((id) => byId.get(id) ?? []) };
}

export async function renderIssue(db: Executor, config: NewsletterDeps['config'], content: IssueContent): Promise<BuiltIssue> {
  // The organisation's name and colours are the settings' at the start; the issue is frozen with them.
  const org = await readOrgSettings(db, config);
  return buildIssue(content, {
    appUrl: config.appUrl,
    orgName: org.orgName,
    primaryColour: org.primaryColour,
    accentColour: org.accentColour,
    ...(await blockContent(db, content)),
  });
}

/** Links in a preview or a test mail go where they say; the unsubscribe link opens the page without acting. */
export function sampleMail(issue: BuiltIssue, language: Language, config: NewsletterDeps['config'], who: { firstName: string | null; lastName: string | null }, unsubscribeUrl?: string) {
  const page = unsubscribeUrl ?? `${config.appUrl}/unsubscribe`;
  return personalize(issue.renditions[language], issue.links, {
    language,
    firstName: who.firstName,
    lastName: who.lastName,
    unsubscribeUrl: page,
    preferencesUrl: page,
    openUrl: null,
    link: (_, href) => href,
  });
}

/** The preview: the unsaved text, rendered by the same code as the mail, for the author as the reader. */
export async function previewNewsletter(db: Db, config: NewsletterDeps['config'], actor: Actor, input: unknown, language: Language): Promise<NewsletterPreview> {
  const parsed = ZNewsletterBody.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'The newsletter has errors',
      parsed.error.issues.map((i) => ({ path: ['newsletter', ...i.path].join('.'), message: i.message })),
    );
  }
  await checkBlocks(db, parsed.data, 'newsletter.');
  const issue = await renderIssue(db, config, { id: '00000000-0000-0000-0000-000000000000', ...parsed.data });
  return sampleMail(issue, language, config, actor.user);
}

/** Queues a test mail of the issue as it stands to the given addresses, or to the author's own. */
export async function testSend(deps: NewsletterDeps, actor: Actor, id: string, input: { to: string[]; language?: Language | undefined }): Promise<{ sentTo: string[] }> {
  const row = await getNewsletterRow(deps.db, id);
  const to = input.to.length ? [...new Set(input.to.map((a) => a.toLowerCase()))] : [actor.user.email];
  const language = input.language ?? actor.user.language;
  await deps.queue.send(testSendNewsletterJob, { newsletterId: row.id, to, language, actorId: actor.user.id });
  await recordAudit(deps.db, { actorId: actor.user.id, action: 'newsletter.test_sent', objectType: 'newsletter', objectId: id, data: { to: to.length, language }, ip: actor.ip });
  return { sentTo: to };
}

/* ---- the audience ---- */

export async function newsletterAudience(db: Db, segmentId: string | null): Promise<NewsletterAudience> {
  if (segmentId) await getSegmentRow(db, segmentId).catch(() => Promise.reject(segmentMissing()));
  return countAudience(db, await audienceFilters(db, segmentId), 'newsletter');
}

/* ---- schedule, start, pause, resume, retry ---- */

export async function scheduleNewsletter(deps: NewsletterDeps, actor: Actor, id: string, input: ScheduleBody): Promise<Newsletter> {
  const body = ZScheduleBody.parse(input);
  const { db } = deps;
  const now = new Date();
  const at = body.at ? localToInstant(body.at, body.timeZone, 'at') : now;
  if (body.at && at.getTime() <= now.getTime()) {
    throw new AppError('rule_broken', 'The time is in the past', [{ path: 'at', message: 'Choose a time in the future, or send now' }]);
  }
  const row = await db.transaction(async (tx) => {
    const row = await getNewsletterRow(tx, id, true);
    if (row.status === 'sent' || row.status === 'sending' || row.status === 'paused') throw new AppError('conflict', 'The newsletter has already been sent');
    if (row.status !== 'draft') throw notDraft(row);
    const audience = await countAudience(db, await audienceFilters(tx, row.segmentId), 'newsletter');
    if (audience.reachable === 0) {
      throw new AppError('rule_broken', 'Nobody in the audience can get the newsletter', [{ path: 'segmentId', code: 'empty_audience', message: 'No member of the audience has the newsletter consent' }]);
    }
    const warnings = await cadenceWarnings(tx, at, id);
    if (warnings.length && !body.acceptCadenceWarnings) {
      const policy = await readCadence(tx);
      throw new AppError(
        'rule_broken',
        'The schedule breaks the cadence policy',
        warnings.map((w) => ({
          path: 'at',
          code: w.code,
          message: w.code === 'too_many' ? `${w.count} issues within twelve months, more than ${policy.maxPerYear}` : `${w.count} days without an issue, more than the policy allows`,
        })),
      );
    }
    const [updated] = await tx
      .update(newsletters)
      // "Now" is the database's clock, which the start compares against.
      .set({ status: 'scheduled', scheduledAt: body.at ? at : sql`now()`, timeZone: body.timeZone, updatedAt: new Date() })
      .where(eq(newsletters.id, id))
      .returning();
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'newsletter.scheduled',
      objectType: 'newsletter',
      objectId: id,
      data: { at: at.toISOString(), now: !body.at, cadenceWarnings: warnings.map((w) => w.code) },
      ip: actor.ip,
    });
    return updated ?? row;
  });
  if (!body.at) await deps.queue.send(startNewsletterJob, { newsletterId: row.id });
  return getNewsletter(db, id);
}

/**
 * Starts a scheduled issue whose time has come: freezes its text per language, writes one delivery
 * per recipient in one statement, and marks it sending, in one transaction. Returns whether it
 * started (false when it was not due, already started, or nobody was left to get it).
 */
export async function startNewsletter(db: Db, config: NewsletterDeps['config'], id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(newsletters).where(and(eq(newsletters.id, id), eq(newsletters.status, 'scheduled'), sql`${newsletters.scheduledAt} <= now()`)).for('update', { skipLocked: true });
    if (!row) return false;
    const issue = await renderIssue(tx, config, row);
    const filters = await audienceFilters(tx, row.segmentId);
    const tracked = sql`coalesce((select c.granted from consents c where c.member_id = x.user_id and c.channel = 'tracking' order by c.created_at desc, c.id desc limit 1), false)`;
    const res = await tx.execute(sql`
      insert into deliveries (message_key, kind, member_id, data)
      select ${newsletterKey(id)}, 'newsletter', x.user_id, jsonb_build_object('newsletterId', ${id}::text, 'tracked', case when ${tracked} then 1 else 0 end)
      from (${audienceMembers(filters, 'newsletter')}) x
      on conflict (message_key, member_id) do nothing`);
    const recipients = res.rowCount ?? 0;
    if (!recipients) {
      // Everyone left or withdrew since it was scheduled: back to a draft, nothing sent.
      await tx.update(newsletters).set({ status: 'draft', scheduledAt: null, updatedAt: new Date() }).where(eq(newsletters.id, id));
      await recordAudit(tx, { actorId: null, action: 'newsletter.cancelled', objectType: 'newsletter', objectId: id, data: { reason: 'empty_audience' } });
      return false;
    }
    await tx
      .update(newsletters)
      .set({ status: 'sending', renditions: issue.renditions, links: issue.links, recipients, toEveryone: row.segmentId === null, startedAt: new Date(), updatedAt: new Date() })
      .where(eq(newsletters.id, id));
    await recordAudit(tx, { actorId: null, action: 'newsletter.started', objectType: 'newsletter', objectId: id, data: { recipients } });
    return true;
  });
}

/** The scheduled issues whose time has come. */
export async function dueNewsletters(db: Db): Promise<string[]> {
  const rows = await db.select({ id: newsletters.id }).from(newsletters).where(and(eq(newsletters.status, 'scheduled'), sql`${newsletters.scheduledAt} <= now()`));
  return rows.map((r) => r.id);
}

/** When a worker found nothing left to send: an issue with no row queued or in flight is sent. */
export async function finishIfDone(db: Db, id: string): Promise<void> {
  await db.execute(sql`
    update newsletters set status = 'sent', finished_at = now(), updated_at = now()
    where id = ${id} and status = 'sending'
      and not exists (select 1 from deliveries where message_key = ${newsletterKey(id)} and status in ('queued', 'sending'))`);
}

async function transition(db: Db, actor: Actor, id: string, from: NewsletterRow['status'][], set: Partial<typeof newsletters.$inferInsert>, action: 'newsletter.cancelled' | 'newsletter.paused' | 'newsletter.resumed', refusal: string): Promise<Newsletter> {
  return db.transaction(async (tx) => {
    const row = await getNewsletterRow(tx, id, true);
    if (!from.includes(row.status)) throw new AppError('conflict', `${refusal}: the newsletter is ${row.status}`);
    await tx.update(newsletters).set({ ...set, updatedAt: new Date() }).where(eq(newsletters.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action, objectType: 'newsletter', objectId: id, ip: actor.ip });
    return getNewsletter(tx, id);
  });
}

/** Unschedules an issue that has not started; it is a draft again. */
export const cancelNewsletter = (db: Db, actor: Actor, id: string) => transition(db, actor, id, ['scheduled'], { status: 'draft', scheduledAt: null }, 'newsletter.cancelled', 'Only a scheduled newsletter can be cancelled');

/** Workers stop claiming its rows; those in flight finish. */
export const pauseNewsletter = (db: Db, actor: Actor, id: string) => transition(db, actor, id, ['sending'], { status: 'paused' }, 'newsletter.paused', 'Only a newsletter being sent can be paused');

export async function resumeNewsletter(deps: NewsletterDeps, actor: Actor, id: string): Promise<Newsletter> {
  const out = await transition(deps.db, actor, id, ['paused'], { status: 'sending' }, 'newsletter.resumed', 'Only a paused newsletter can be resumed');
  await sendNewsletterNow(deps.queue, id);
  return out;
}

/** Queues the failed deliveries again (not the bounced, suppressed or skipped ones). */
export async function retryFailed(deps: NewsletterDeps, actor: Actor, id: string): Promise<Newsletter> {
  const out = await deps.db.transaction(async (tx) => {
    const row = await getNewsletterRow(tx, id, true);
    if (row.status !== 'sent' && row.status !== 'sending' && row.status !== 'paused') throw new AppError('conflict', `Nothing was sent yet: the newsletter is ${row.status}`);
    const res = await tx.execute(sql`
      update deliveries set status = 'queued', attempts = 0, next_attempt_at = now(), last_error = null, updated_at = now()
      where message_key = ${newsletterKey(id)} and status = 'failed'`);
    const n = res.rowCount ?? 0;
    if (!n) throw new AppError('rule_broken', 'No delivery of this newsletter has failed');
    await tx.update(newsletters).set({ status: row.status === 'paused' ? 'paused' : 'sending', finishedAt: null, updatedAt: new Date() }).where(eq(newsletters.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'newsletter.failed_retried', objectType: 'newsletter', objectId: id, data: { deliveries: n }, ip: actor.ip });
    return getNewsletter(tx, id);
  });
  if (out.status === 'sending') await sendNewsletterNow(deps.queue, id);
  return out;
}

/** Send jobs per issue: as many as workers may share it (each claims other rows). */
export const sendJobsPerIssue = 4;

export async function sendNewsletterNow(queue: Queue, id: string): Promise<void> {
  for (let i = 0; i < sendJobsPerIssue; i++) await queue.send(sendNewsletterJob, { newsletterId: id });
}

/* ---- statistics ---- */

export async function newsletterStats(db: Db, id: string): Promise<NewsletterStats> {
  const row = await getNewsletterRow(db, id);
  const key = newsletterKey(id);
  const [progress] = (await progressOf(db, [id])).values();
  const counts = await db.execute<{ tracked: number; opened: number; clicked: number; unsubscribed: number }>(sql`
    select count(*) filter (where status = 'sent' and (data->>'tracked')::int = 1)::int as tracked,
      count(*) filter (where opened_at is not null)::int as opened,
      count(*) filter (where clicked_at is not null)::int as clicked,
      count(*) filter (where unsubscribed_at is not null)::int as unsubscribed
    from deliveries where message_key = ${key}`);
  const clicks = await db.execute<{ link: number; clicks: number; clickers: number }>(sql`
    select c.link, sum(c.clicks)::int as clicks, count(*)::int as clickers
    from newsletter_clicks c join deliveries d on d.id = c.delivery_id
    where d.message_key = ${key} group by c.link order by clicks desc, c.link`);
  const p = progress ?? emptyProgress;
  const c = counts.rows[0] ?? { tracked: 0, opened: 0, clicked: 0, unsubscribed: 0 };
  return {
    recipients: p.recipients,
    sent: p.sent,
    failed: p.failed,
    bounced: p.bounced,
    skipped: p.skipped,
    tracked: c.tracked,
    opened: c.opened,
    clicked: c.clicked,
    unsubscribed: c.unsubscribed,
    links: clicks.rows.map((r) => ({ url: row.links[r.link] ?? '', clicks: r.clicks, clickers: r.clickers })),
  };
}
