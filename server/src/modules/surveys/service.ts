import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  ZSurveyBody,
  ZSurveyPatch,
  ZSurveyQuery,
  type Survey,
  type SurveyBody,
  type SurveyPage,
  type SurveyStatus,
} from '@alumni/shared';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { surveys } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { decodeTimeCursor, encodeCursor, microsOf } from '../../lib/cursor.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import { sendDeliveriesJob } from '../deliveries/jobs.js';
import { enqueueDeliveries } from '../deliveries/service.js';
import { audienceMembers } from '../segments/audience.js';
import { audienceFilters, getSegmentRow, segmentNames } from '../segments/service.js';

export type SurveyRow = typeof surveys.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export interface SurveyDeps {
  db: Db;
  queue: Queue;
}

/** The delivery ledger's key for a survey's mail: one row per member. */
export const surveyKey = (id: string) => `survey:${id}`;

/** A draft has not been opened; an opened survey is closed from its closing time on (the database's clock). */
export const surveyStatus = sql<SurveyStatus>`(case when ${surveys.openedAt} is null then 'draft'
  when ${surveys.closesAt} <= now() then 'closed' else 'open' end)`;

interface Counts {
  responses: number;
  mailed: number;
}

/** Responses, and mails queued or sent, per survey in one statement. */
async function countsOf(db: Executor, ids: readonly string[]): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  if (!ids.length) return out;
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const res = await db.execute<{ id: string; responses: number; mailed: number }>(sql`
    select s.id,
      (select count(*)::int from survey_responses r where r.survey_id = s.id) as responses,
      (select count(*)::int from deliveries d where d.message_key = 'survey:' || s.id::text and d.status in ('queued', 'sending', 'sent')) as mailed
    from surveys s where s.id in (${list})`);
  for (const r of res.rows) out.set(r.id, { responses: r.responses, mailed: r.mailed });
  return out;
}

interface Loaded {
  row: SurveyRow;
  status: SurveyStatus;
  key: string;
}

const select = (db: Executor) => db.select({ row: surveys, status: surveyStatus, key: microsOf(surveys.createdAt) }).from(surveys);

async function present(db: Executor, rows: readonly Loaded[]): Promise<Survey[]> {
  const counts = await countsOf(
    db,
    rows.map((r) => r.row.id),
  );
  const names = await segmentNames(
    db,
    rows.map((r) => r.row.segmentId),
  );
  return rows.map(({ row, status }) => {
    const c = counts.get(row.id) ?? { responses: 0, mailed: 0 };
    return {
      id: row.id,
      title: row.title,
      intro: row.intro,
      anonymous: row.anonymous,
      segmentId: row.segmentId,
      segmentName: row.segmentId ? (names.get(row.segmentId) ?? null) : null,
      closesAt: row.closesAt.toISOString(),
      questions: row.questions,
      status,
      openedAt: row.openedAt?.toISOString() ?? null,
      responses: c.responses,
      mailed: c.mailed,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** The row with its status; locked for the transaction's changes when `lock`. */
export async function loadSurvey(db: Executor, id: string, lock = false): Promise<Loaded> {
  const q = select(db).where(eq(surveys.id, id));
  const [found] = lock ? await q.for('update') : await q;
  if (!found) throw notFound('No such survey');
  return found;
}

export async function getSurvey(db: Executor, id: string): Promise<Survey> {
  const [one] = await present(db, [await loadSurvey(db, id)]);
  if (!one) throw notFound('No such survey');
  return one;
}

/** Newest first; `status` filters on draft, open or closed as of now. */
export async function listSurveys(db: Db, q: z.output<typeof ZSurveyQuery>): Promise<SurveyPage> {
  const where: SQL[] = [];
  if (q.status) where.push(sql`${surveyStatus} = ${q.status}`);
  const after = decodeTimeCursor(q.cursor);
  if (after) where.push(or(lt(surveys.createdAt, after.at), and(eq(surveys.createdAt, after.at), lt(surveys.id, after.id))) as SQL);
  const rows = await select(db)
    .where(and(...where))
    .orderBy(desc(surveys.createdAt), desc(surveys.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: await present(db, items), nextCursor: rows.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null };
}

type ParsedBody = z.output<typeof ZSurveyBody>;

/** A body the route let through as an object, read through the contract's schema; each problem named. */
function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      `The ${what} has errors`,
      parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code })),
    );
  }
  return parsed.data;
}

const segmentMissing = () => new AppError('validation_failed', 'No such segment', [{ path: 'segmentId', message: 'Choose a saved segment' }]);

function assertFuture(closesAt: string | Date): void {
  if (new Date(closesAt).getTime() <= Date.now()) {
    throw new AppError('rule_broken', 'The closing time is in the past', [{ path: 'closesAt', code: 'in_the_past', message: 'Choose a closing time in the future' }]);
  }
}

async function checkBody(tx: Executor, body: ParsedBody): Promise<void> {
  if (body.segmentId) await getSegmentRow(tx, body.segmentId).catch(() => Promise.reject(segmentMissing()));
  assertFuture(body.closesAt);
}

const columnsOf = (body: ParsedBody) => ({
  title: body.title,
  intro: body.intro,
  anonymous: body.anonymous,
  segmentId: body.segmentId,
  closesAt: new Date(body.closesAt),
  questions: body.questions,
});

export async function createSurvey(db: Db, actor: Actor, input: SurveyBody): Promise<Survey> {
  const body = parseWith(ZSurveyBody, input, 'survey');
  return db.transaction(async (tx) => {
    await checkBody(tx, body);
    const [row] = await tx
      .insert(surveys)
      .values({ ...columnsOf(body), createdBy: actor.user.id })
      .returning({ id: surveys.id });
    if (!row) throw new Error('survey not written');
    await recordAudit(tx, { actorId: actor.user.id, action: 'survey.created', objectType: 'survey', objectId: row.id, data: { anonymous: body.anonymous, questions: body.questions.length }, ip: actor.ip });
    return getSurvey(tx, row.id);
  });
}

/**
 * A draft takes a whole new body. Once open, the questions, the audience and anonymity are fixed
 * (answers were given to them): only the closing time moves. A closed survey takes nothing.
 */
export async function updateSurvey(db: Db, actor: Actor, id: string, input: unknown): Promise<Survey> {
  return db.transaction(async (tx) => {
    const { status } = await loadSurvey(tx, id, true);
    if (status === 'closed') throw new AppError('conflict', 'The survey has closed and can no longer be changed');
    if (status === 'open') {
      const fields = input && typeof input === 'object' ? Object.keys(input) : [];
      const others = fields.filter((f) => f !== 'closesAt');
      if (others.length) {
        throw new AppError(
          'conflict',
          'The survey is open: only its closing time can change',
          others.map((f) => ({ path: f, code: 'survey_open', message: 'An open survey keeps its questions, audience and anonymity' })),
        );
      }
      const patch = parseWith(ZSurveyPatch, input, 'change');
      assertFuture(patch.closesAt);
      await tx.update(surveys).set({ closesAt: new Date(patch.closesAt), updatedAt: new Date() }).where(eq(surveys.id, id));
      await recordAudit(tx, { actorId: actor.user.id, action: 'survey.updated', objectType: 'survey', objectId: id, data: { closesAt: patch.closesAt }, ip: actor.ip });
      return getSurvey(tx, id);
    }
    const body = parseWith(ZSurveyBody, input, 'survey');
    await checkBody(tx, body);
    await tx
      .update(surveys)
      .set({ ...columnsOf(body), updatedAt: new Date() })
      .where(eq(surveys.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'survey.updated', objectType: 'survey', objectId: id, data: { anonymous: body.anonymous, questions: body.questions.length }, ip: actor.ip });
    return getSurvey(tx, id);
  });
}

export async function deleteSurvey(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { status } = await loadSurvey(tx, id, true);
    if (status !== 'draft') throw new AppError('conflict', `The survey is ${status}: only a draft can be deleted`);
    await tx.delete(surveys).where(eq(surveys.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'survey.deleted', objectType: 'survey', objectId: id, ip: actor.ip });
  });
}

/**
 * Opens a draft: the audience is counted, and one mail per member of it who takes the newsletter is
 * written to the delivery ledger in the same transaction; the sending job is queued once it commits.
 */
export async function openSurvey(deps: SurveyDeps, actor: Actor, id: string): Promise<{ survey: Survey; queued: number }> {
  const key = surveyKey(id);
  const out = await deps.db.transaction(async (tx) => {
    const { row, status } = await loadSurvey(tx, id, true);
    if (status !== 'draft') throw new AppError('conflict', `The survey is already ${status}`);
    assertFuture(row.closesAt);
    const filters = await audienceFilters(tx, row.segmentId);
    const counted = await tx.execute<{ n: number }>(sql`select count(*)::int as n from (${audienceMembers(filters)}) x`);
    const audience = counted.rows[0]?.n ?? 0;
    const queued = await enqueueDeliveries(tx, { key, kind: 'survey', data: { surveyId: id } }, audienceMembers(filters, 'newsletter'));
    await tx.update(surveys).set({ openedAt: sql`now()`, audienceCount: audience, updatedAt: new Date() }).where(eq(surveys.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'survey.opened', objectType: 'survey', objectId: id, data: { audience, queued }, ip: actor.ip });
    return { survey: await getSurvey(tx, id), queued };
  });
  if (out.queued) await deps.queue.send(sendDeliveriesJob, { messageKey: key });
  return out;
}

/** Closes an open survey now; mails not sent yet are skipped when their turn comes. */
export async function closeSurvey(db: Db, actor: Actor, id: string): Promise<Survey> {
  return db.transaction(async (tx) => {
    const { status } = await loadSurvey(tx, id, true);
    if (status !== 'open') throw new AppError('conflict', status === 'draft' ? 'The survey has not been opened' : 'The survey is already closed');
    await tx.update(surveys).set({ closesAt: sql`now()`, updatedAt: new Date() }).where(eq(surveys.id, id));
    await recordAudit(tx, { actorId: actor.user.id, action: 'survey.closed', objectType: 'survey', objectId: id, ip: actor.ip });
    return getSurvey(tx, id);
  });
}
