import { and, desc, eq, gte, ilike, lt, lte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { AuditAction, AuditEntry, AuditPage, ZAuditQuery } from '@alumni/shared';
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

export async function listAudit(db: Db, q: z.infer<typeof ZAuditQuery>): Promise<AuditPage> {
  const where: SQL[] = [];
  if (q.actorId) where.push(eq(auditLog.actorId, q.actorId));
  if (q.actor) where.push(ilike(users.email, `%${q.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.objectType) where.push(eq(auditLog.objectType, q.objectType));
  if (q.objectId) where.push(eq(auditLog.objectId, q.objectId));
  if (q.from) where.push(gte(auditLog.createdAt, new Date(q.from)));
  if (q.to) where.push(lte(auditLog.createdAt, new Date(q.to)));
  if (q.cursor && /^\d+$/.test(q.cursor)) where.push(lt(auditLog.id, BigInt(q.cursor)));
  const limit = q.limit;
  const subject = alias(users, 'subject');
  const rows = await db
    .select({ entry: auditLog, actorEmail: users.email, subjectEmail: subject.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(subject, and(eq(auditLog.objectType, 'user'), sql`${subject.id}::text = ${auditLog.objectId}`))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items: AuditEntry[] = rows.slice(0, limit).map(({ entry, actorEmail, subjectEmail }) => ({
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
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}
