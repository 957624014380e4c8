import { and, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ImportProblem, RecordImport, RecordImportPage, RecordPage, ZPageQuery, ZRecordQuery } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { recordImports } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import { importProblem, parseRecordsCsv, type RecordRow } from './csv.js';
import { writeRecordImportJob } from './job-specs.js';

export interface RecordsDeps {
  db: Db;
  queue: Queue;
}

/* ---- imports ---- */

const ZCursorId = z.uuid();

/**
 * A page cursor is the id of the last row seen; anything else is the client's mistake, answered
 * before it reaches SQL, where it would not cast to a uuid.
 */
function cursorId(cursor: string): string {
  const parsed = ZCursorId.safeParse(cursor);
  if (!parsed.success) throw new AppError('validation_failed', 'Invalid cursor', [{ path: 'cursor', message: 'Invalid cursor' }]);
  return parsed.data;
}

/** Why a committed import wrote nothing, as the failure text and as a problem the console translates. */
const importFailedMessage = 'The import stopped on a database error and wrote nothing. Upload the file again.';
export const importFailedProblem: ImportProblem = importProblem(0, null, 'import_failed', importFailedMessage);

/** Every column but the pending rows, which can be megabytes and are never sent to a client. */
const { rows: _rows, ...importColumns } = getTableColumns(recordImports);
void _rows;
type ImportRow = Omit<typeof recordImports.$inferSelect, 'rows'>;

const toImportSummary = (r: ImportRow): Omit<RecordImport, 'problems'> => ({
  id: r.id,
  fileName: r.fileName,
  status: r.status,
  totalRows: r.totalRows,
  validRows: r.validRows,
  newRows: r.newRows,
  changedRows: r.changedRows,
  unchangedRows: r.unchangedRows,
  processedRows: r.processedRows,
  error: r.error,
  createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});
const toImport = (r: ImportRow): RecordImport => ({ ...toImportSummary(r), problems: r.problems });

/** The columns of a batch of {@link RecordRow}s read from JSON, as `i`. */
const incoming = (json: SQL) => sql`jsonb_to_recordset(${json}) as i(
  employee_number text, first_name text, last_name text, email text, department text, title text,
  member_type member_type, start_date date, end_date date)`;

/** Whether a stored record `r` differs from an incoming row `i` in anything the export holds. */
const differs = (r: SQL, i: SQL) => sql`(${r}.first_name, ${r}.last_name, ${r}.email, ${r}.department, ${r}.title, ${r}.member_type, ${r}.end_date)
  is distinct from (${i}.first_name, ${i}.last_name, ${i}.email, ${i}.department, ${i}.title, ${i}.member_type, ${i}.end_date)`;

type Executor = Pick<Db, 'execute'>;

interface RowCounts extends Record<string, unknown> {
  newRows: number;
  changedRows: number;
  unchangedRows: number;
}

/** Counts an import's pending rows as new, changed or unchanged against the records as they are now. */
async function countAgainstRecords(tx: Executor, importId: string): Promise<RowCounts> {
  const result = await tx.execute<RowCounts>(sql`
    select count(*) filter (where r.id is null)::int as "newRows",
           count(*) filter (where r.id is not null and ${differs(sql`r`, sql`i`)})::int as "changedRows",
           count(*) filter (where r.id is not null and not ${differs(sql`r`, sql`i`)})::int as "unchangedRows"
    from record_imports src
    cross join lateral ${incoming(sql`src.rows`)}
    left join employment_records r on r.employee_number = i.employee_number and r.start_date = i.start_date
    where src.id = ${importId}`);
  const counts = result.rows[0];
  if (!counts) throw new Error('count returned no row');
  return { newRows: counts.newRows, changedRows: counts.changedRows, unchangedRows: counts.unchangedRows };
}

async function loadImport(db: Pick<Db, 'select'>, id: string): Promise<ImportRow> {
  const [row] = await db.select(importColumns).from(recordImports).where(eq(recordImports.id, id));
  if (!row) throw notFound('No such import');
  return row;
}

/**
 * Reads an uploaded HR export and keeps it as a preview: every row's problems, the valid rows
 * waiting to be written, and how many of them are new, changed or the same as the records now.
 * Nothing is written to the records until the preview is committed.
 */
export async function previewImport(deps: RecordsDeps, actor: Actor, file: { fileName: string; bytes: Uint8Array }): Promise<RecordImport> {
  const parsed = parseRecordsCsv(file.bytes);
  // A NUL in the name would make PostgreSQL refuse the row; it means nothing in a file name anyway.
  const fileName = file.fileName.replaceAll('\u0000', '').slice(0, 255);
  const row = await deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(recordImports)
      .values({
        createdBy: actor.user.id,
        fileName,
        status: 'previewed',
        rows: parsed.rows,
        problems: parsed.problems,
        totalRows: parsed.totalRows,
        validRows: parsed.rows.length,
      })
      .returning({ id: recordImports.id });
    if (!created) throw new Error('import insert returned nothing');
    const [counted] = await tx
      .update(recordImports)
      .set(await countAgainstRecords(tx, created.id))
      .where(eq(recordImports.id, created.id))
      .returning(importColumns);
    if (!counted) throw new Error('import update returned nothing');
    // A preview keeps a whole HR file of personal data: who uploaded it and what it held is on record.
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'records.previewed',
      objectType: 'record_import',
      objectId: counted.id,
      data: {
        fileName: counted.fileName,
        totalRows: counted.totalRows,
        validRows: counted.validRows,
        problemRows: new Set(counted.problems.map((p) => p.line)).size,
        newRows: counted.newRows,
        changedRows: counted.changedRows,
        unchangedRows: counted.unchangedRows,
      },
      ip: actor.ip,
    });
    return counted;
  });
  return toImport(row);
}

export async function getImport(db: Db, id: string): Promise<RecordImport> {
  return toImport(await loadImport(db, id));
}

export async function listImports(db: Db, q: z.infer<typeof ZPageQuery>): Promise<RecordImportPage> {
  const where: SQL[] = [];
  if (q.cursor) {
    // The cursor names the last row seen; comparing in SQL keeps the timestamps' full precision.
    where.push(sql`(${recordImports.createdAt}, ${recordImports.id}) < (select created_at, id from record_imports where id = ${cursorId(q.cursor)})`);
  }
  const rows = await db
    .select(importColumns)
    .from(recordImports)
    .where(and(...where))
    .orderBy(desc(recordImports.createdAt), desc(recordImports.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items: items.map(toImportSummary), nextCursor: rows.length > q.limit && last ? last.id : null };
}

/** Why an import cannot be committed or discarded any more, in words. */
const stateConflict = (row: ImportRow) =>
  new AppError('conflict', {
    previewed: 'This import is still a preview',
    importing: 'This import is already being written',
    done: 'This import has already been written',
    failed: 'This import failed; upload the file again',
    discarded: 'This import was discarded; upload the file again',
  }[row.status]);

/** Starts writing a previewed import; a job writes it in batches while the console polls its progress. */
export async function commitImport(deps: RecordsDeps, actor: Actor, id: string): Promise<RecordImport> {
  const [started] = await deps.db
    .update(recordImports)
    .set({ status: 'importing', startedAt: new Date(), processedRows: 0 })
    .where(and(eq(recordImports.id, id), eq(recordImports.status, 'previewed'), sql`${recordImports.validRows} > 0`))
    .returning(importColumns);
  if (!started) {
    const row = await loadImport(deps.db, id);
    if (row.status === 'previewed') throw new AppError('rule_broken', 'Nothing to import: every row of the file has problems');
    throw stateConflict(row);
  }
  await deps.queue.send(writeRecordImportJob, { importId: id, actorId: actor.user.id, ip: actor.ip });
  return toImport(started);
}

export async function discardImport(deps: RecordsDeps, actor: Actor, id: string): Promise<RecordImport> {
  const row = await deps.db.transaction(async (tx) => {
    const [discarded] = await tx
      .update(recordImports)
      .set({ status: 'discarded', rows: [], finishedAt: new Date() })
      .where(and(eq(recordImports.id, id), eq(recordImports.status, 'previewed')))
      .returning(importColumns);
    if (!discarded) return null;
    await recordAudit(tx, {
      actorId: actor.user.id,
      action: 'records.discarded',
      objectType: 'record_import',
      objectId: discarded.id,
      data: { fileName: discarded.fileName, totalRows: discarded.totalRows, validRows: discarded.validRows },
      ip: actor.ip,
    });
    return discarded;
  });
  if (!row) throw stateConflict(await loadImport(deps.db, id));
  return toImport(row);
}

export const importBatchSize = 1000;

/**
 * Writes a committed import into employment_records: one transaction, so an import lands whole or
 * not at all, in batches of upserts that change a record only when the export says something new.
 * Progress goes to the import row outside that transaction, so the console sees it move. Only
 * employment_records is written: members' profiles, consents and periods are theirs.
 */
export async function writeImport(db: Db, job: { importId: string; actorId: string | null; ip: string | null }): Promise<void> {
  const [pending] = await db
    .select({ status: recordImports.status, rows: recordImports.rows })
    .from(recordImports)
    .where(eq(recordImports.id, job.importId));
  // Already written, failed or discarded: a repeated delivery of the job has nothing to do.
  if (!pending || pending.status !== 'importing') return;
  const rows = pending.rows as RecordRow[];
  const progress = (n: number) =>
    db.update(recordImports).set({ processedRows: n }).where(and(eq(recordImports.id, job.importId), eq(recordImports.status, 'importing')));
  try {
    await progress(0);
    await db.transaction(async (tx) => {
      // The records may have moved since the preview: the counts say what this write does. They
      // are written with the final status, as a lock on the import row now would stall the progress.
      const counts = await countAgainstRecords(tx, job.importId);
      for (let start = 0; start < rows.length; start += importBatchSize) {
        const batch = rows.slice(start, start + importBatchSize);
        await tx.execute(sql`
          insert into employment_records as r
            (employee_number, first_name, last_name, email, department, title, member_type, start_date, end_date, import_id)
          select i.employee_number, i.first_name, i.last_name, i.email, i.department, i.title, i.member_type, i.start_date, i.end_date, ${job.importId}::uuid
          from ${incoming(sql`${JSON.stringify(batch)}::jsonb`)}
          on conflict (employee_number, start_date) do update set
            first_name = excluded.first_name, last_name = excluded.last_name, email = excluded.email,
            department = excluded.department, title = excluded.title, member_type = excluded.member_type,
            end_date = excluded.end_date, import_id = excluded.import_id, updated_at = now()
          where ${differs(sql`r`, sql`excluded`)}`);
        await progress(start + batch.length);
      }
      const [done] = await tx
        .update(recordImports)
        .set({ ...counts, status: 'done', rows: [], processedRows: rows.length, finishedAt: new Date() })
        .where(and(eq(recordImports.id, job.importId), eq(recordImports.status, 'importing')))
        .returning(importColumns);
      // Another delivery of the job finished first; this one's writes changed nothing and are dropped.
      if (!done) throw new AlreadyWritten();
      await recordAudit(tx, {
        actorId: job.actorId,
        action: 'records.imported',
        objectType: 'record_import',
        objectId: job.importId,
        data: {
          fileName: done.fileName,
          totalRows: done.totalRows,
          validRows: done.validRows,
          problemRows: new Set(done.problems.map((p) => p.line)).size,
          newRows: done.newRows,
          changedRows: done.changedRows,
          unchangedRows: done.unchangedRows,
        },
        ip: job.ip,
      });
    });
  } catch (err) {
    if (err instanceof AlreadyWritten) return;
    await db
      .update(recordImports)
      .set({
        status: 'failed',
        rows: [],
        processedRows: 0,
        finishedAt: new Date(),
        error: importFailedMessage,
        // The failure as a coded problem too, so the console can say it in the reader's language.
        problems: sql`${recordImports.problems} || ${JSON.stringify([importFailedProblem])}::jsonb`,
      })
      .where(and(eq(recordImports.id, job.importId), eq(recordImports.status, 'importing')));
    throw err;
  }
}

class AlreadyWritten extends Error {}

/* ---- records ---- */

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface RecordListRow extends Record<string, unknown> {
  id: string;
  employee_number: string;
  first_name: string;
  last_name: string;
  email: string | null;
  department: string;
  title: string;
  member_type: RecordPage['items'][number]['memberType'];
  start_date: string;
  end_date: string | null;
  member_id: string | null;
  invited_at: Date | string | null;
}

/** HR's view of the imported records, by name, with who is a member and who was invited. */
export async function listRecords(db: Db, q: z.infer<typeof ZRecordQuery>): Promise<RecordPage> {
  const where: SQL[] = [sql`true`];
  if (q.q) {
    const like = `%${escapeLike(q.q.toLowerCase())}%`;
    where.push(sql`(lower(r.first_name || ' ' || r.last_name) like ${like} or lower(r.last_name || ' ' || r.first_name) like ${like}
      or r.email like ${like} or lower(r.employee_number) like ${like})`);
  }
  if (q.department) where.push(sql`lower(r.department) = ${q.department.toLowerCase()}`);
  if (q.leftFrom) where.push(sql`r.end_date >= ${q.leftFrom}::date`);
  if (q.leftTo) where.push(sql`r.end_date <= ${q.leftTo}::date`);
  if (q.notMember) where.push(sql`r.member_id is null and not exists (select 1 from users u where lower(u.email) = r.email)`);
  if (q.cursor) {
    where.push(sql`(r.last_name, r.first_name, r.id) > (select last_name, first_name, id from employment_records where id = ${cursorId(q.cursor)})`);
  }
  const result = await db.execute<RecordListRow>(sql`
    select r.id, r.employee_number, r.first_name, r.last_name, r.email, r.department, r.title, r.member_type,
           r.start_date::text as start_date, r.end_date::text as end_date, r.member_id, inv.created_at as invited_at
    from employment_records r
    left join record_invitations inv on inv.employee_number = r.employee_number
    where ${sql.join(where, sql` and `)}
    order by r.last_name, r.first_name, r.id
    limit ${q.limit + 1}`);
  const items = result.rows.slice(0, q.limit);
  const last = items.at(-1);
  return {
    items: items.map((r) => ({
      id: r.id,
      employeeNumber: r.employee_number,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      department: r.department,
      title: r.title,
      memberType: r.member_type,
      startDate: r.start_date,
      endDate: r.end_date,
      memberId: r.member_id,
      invitedAt: r.invited_at === null ? null : new Date(r.invited_at).toISOString(),
    })),
    nextCursor: result.rows.length > q.limit && last ? last.id : null,
  };
}
