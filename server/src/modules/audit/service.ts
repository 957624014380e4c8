import { Readable } from 'node:stream';
import { and, desc, eq, gte, ilike, lt, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { auditExportMaxRows, type AuditAction, type AuditEntry, type AuditPage, type ZAuditExportQuery, type ZAuditQuery } from '@alumni/shared';
import type { Actor } from '../../lib/actor.js';
import { csvBom, csvRow } from '../members/csv.js';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema.js';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  objectType: string;
  objectId?: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
}

type Executor = Pick<Db, 'insert'>;

/** Appends to the audit log; pass the transaction so the entry commits with the change it records. */
export async function recordAudit(db: Executor, entry: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    data: entry.data ?? {},
    ip: entry.ip ?? null,
  });
}

type AuditFilters = z.infer<typeof ZAuditExportQuery>;

function auditConditions(q: AuditFilters): SQL[] {
  const where: SQL[] = [];
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.actor) where.push(ilike(users.email, `%${q.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.objectType) where.push(eq(auditLog.objectType, q.objectType));
  if (q.objectId) where.push(eq(auditLog.objectId, q.objectId));
  if (q.from) where.push(gte(auditLog.createdAt, new Date(q.from)));
  if (q.to) where.push(lte(auditLog.createdAt, new Date(q.to)));
  return where;
}

export async function listAudit(db: Db, q: z.infer<typeof ZAuditQuery>): Promise<AuditPage> {
  const where = auditConditions(q);
  if (q.cursor && /^\d+$/.test(q.cursor)) where.push(lt(auditLog.id, BigInt(q.cursor)));
  const limit = q.limit;
  const rows = await selectEntries(db, where, limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}

async function selectEntries(db: Db, where: SQL[], limit: number): Promise<AuditEntry[]> {
  const subject = alias(users, 'subject');
  const rows = await db
    .select({ entry: auditLog, actorEmail: users.email, subjectEmail: subject.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(subject, and(eq(auditLog.objectType, 'user'), sql`${subject.id}::text = ${auditLog.objectId}`))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.map(({ entry, actorEmail, subjectEmail }) => ({
    id: entry.id.toString(),
    actorId: entry.actorId,
    actorEmail,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    objectLabel: subjectEmail,
    data: entry.data,
    ip: entry.ip,
    createdAt: entry.createdAt.toISOString(),
  }));
}

const helsinkiTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'medium' });
const exportBatch = 2000;
const exportHeader = ['time', 'time_helsinki', 'actor_email', 'action', 'object_type', 'object_id', 'object_label', 'ip', 'data'];

export interface AuditExport {
  fileName: string;
  rows: number;
  capped: boolean;
  body: Readable;
}

/**
 * The filtered entries as CSV, newest first, at most `auditExportMaxRows`, read in batches so a
 * long log never sits in memory at once. The export itself is audited, with its filters.
 */
export async function exportAudit(db: Db, actor: Actor, q: AuditFilters): Promise<AuditExport> {
  const where = auditConditions(q);
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(and(...where));
  const total = counted?.n ?? 0;
  const rows = Math.min(total, auditExportMaxRows);
  const filters = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined));
  await recordAudit(db, { actorId: actor.user.id, action: 'audit.exported', objectType: 'audit_log', data: { filters, rows }, ip: actor.ip });
  const stamp = new Date().toISOString().slice(0, 10);
  async function* lines(): AsyncGenerator<string> {
    yield csvBom + csvRow(exportHeader);
    let sent = 0;
    let before: bigint | undefined;
    while (sent < rows) {
      const batch = await selectEntries(db, before === undefined ? where : [...where, lt(auditLog.id, before)], Math.min(exportBatch, rows - sent));
      if (batch.length === 0) return;
      let chunk = '';
      for (const e of batch) {
        chunk += csvRow([e.createdAt, helsinkiTime.format(new Date(e.createdAt)), e.actorEmail, e.action, e.objectType, e.objectId, e.objectLabel, e.ip, JSON.stringify(e.data)]);
      }
      yield chunk;
      sent += batch.length;
      const last = batch.at(-1);
      if (!last) return;
      before = BigInt(last.id);
    }
  }
  return { fileName: `audit-log-${stamp}${total > rows ? `-newest-${rows}-of-${total}` : ''}.csv`, rows, capped: total > rows, body: Readable.from(lines()) };
}
