import { and, desc, eq, gte, ilike, lt, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AuditEntry, AuditPage, ZAuditQuery } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { auditLog, users } from '../../db/schema.js';

export interface AuditRecord {
  actorId: string | null;
  action: string;
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
  const rows = await db
    .select({ entry: auditLog, actorEmail: users.email })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items: AuditEntry[] = rows.slice(0, limit).map(({ entry, actorEmail }) => ({
    id: entry.id.toString(),
    actorId: entry.actorId,
    actorEmail,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    data: entry.data,
    ip: entry.ip,
    createdAt: entry.createdAt.toISOString(),
  }));
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? last.id : null };
}
