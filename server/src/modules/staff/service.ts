import { and, desc, eq, ilike, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { InviteStaffBody, Role, StaffPage, ZStaffListQuery } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { members, users, type UserRow } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import { sendStaffInviteJob } from '../auth/jobs.js';
import { revokeUserSessions } from '../auth/sessions.js';
import { toUser } from '../auth/user-dto.js';

export interface StaffDeps {
  db: Db;
  queue: Queue;
}

export type { Actor };

const encodeCursor = (u: UserRow) => Buffer.from(JSON.stringify([u.createdAt.toISOString(), u.id])).toString('base64url');
function decodeCursor(cursor: string): [Date, string] | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      const at = new Date(parsed[0]);
      if (!Number.isNaN(at.getTime()) && /^[0-9a-f-]{36}$/.test(parsed[1])) return [at, parsed[1]];
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export async function listStaff(db: Db, q: z.infer<typeof ZStaffListQuery>): Promise<StaffPage> {
  const where: (SQL | undefined)[] = [ne(users.role, 'member'), ne(users.status, 'erased')];
  if (q.role) where.push(eq(users.role, q.role));
  if (q.status) where.push(eq(users.status, q.status));
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.email, like), ilike(users.firstName, like), ilike(users.lastName, like)));
  }
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (!c) throw new AppError('validation_failed', 'Invalid cursor', [{ path: 'cursor', message: 'Invalid cursor' }]);
    where.push(or(lt(users.createdAt, c[0]), and(eq(users.createdAt, c[0]), lt(users.id, c[1]))));
  }
  const rows = await db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return { items: page.map(toUser), nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
}

export async function inviteStaff(deps: StaffDeps, actor: Actor, body: InviteStaffBody): Promise<void> {
  const user = await deps.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(sql`lower(${users.email}) = ${body.email}`);
    if (existing && !(existing.status === 'pending' && existing.role !== 'member')) {
      throw new AppError('conflict', 'This address already has an account: change its role instead', [
        { path: 'email', message: 'This address already has an account' },
      ]);
    }
    // Inviting again renews a pending invitation rather than creating a second account.
    const [row] = existing
      ? await tx.update(users).set({ role: body.role, language: body.language, updatedAt: new Date() }).where(eq(users.id, existing.id)).returning()
      : await tx.insert(users).values({ email: body.email, role: body.role, status: 'pending', language: body.language }).returning();
    if (!row) throw new Error('invite wrote no row');
    await recordAudit(tx, { actorId: actor.user.id, action: 'staff.invited', objectType: 'user', objectId: row.id, data: { email: body.email, role: body.role }, ip: actor.ip });
    return row;
  });
  await deps.queue.send(sendStaffInviteJob, { userId: user.id });
}

async function loadTarget(db: Pick<Db, 'select'>, id: string): Promise<UserRow> {
  const [target] = await db.select().from(users).where(eq(users.id, id));
  if (!target || target.status === 'erased') throw notFound('User not found');
  return target;
}

async function assertAnotherAdmin(db: Pick<Db, 'select'>, target: UserRow): Promise<void> {
  if (target.role !== 'admin') return;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.status, 'active'), ne(users.id, target.id)));
  if (!row || row.n === 0) throw new AppError('rule_broken', 'The platform must keep at least one active admin');
}

export async function changeRole(deps: StaffDeps, actor: Actor, id: string, role: Role): Promise<UserRow> {
  if (id === actor.user.id) throw new AppError('rule_broken', 'You cannot change your own role');
  return deps.db.transaction(async (tx) => {
    const target = await loadTarget(tx, id);
    if (target.role === role) return target;
    if (role !== 'admin') await assertAnotherAdmin(tx, target);
    const [row] = await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).returning();
    if (!row) throw notFound('User not found');
    // A member made staff keeps the profile; staff made a member gets one to fill in.
    if (role === 'member') await tx.insert(members).values({ userId: id }).onConflictDoNothing();
    await revokeUserSessions(tx, id);
    await recordAudit(tx, { actorId: actor.user.id, action: 'user.role_changed', objectType: 'user', objectId: id, data: { from: target.role, to: role }, ip: actor.ip });
    return row;
  });
}

export async function setSuspended(deps: StaffDeps, actor: Actor, id: string, suspend: boolean): Promise<UserRow> {
  if (id === actor.user.id) throw new AppError('rule_broken', 'You cannot suspend or reactivate yourself');
  return deps.db.transaction(async (tx) => {
    const target = await loadTarget(tx, id);
    if (suspend) {
      if (target.status === 'suspended') return target;
      await assertAnotherAdmin(tx, target);
    } else if (target.status !== 'suspended') {
      return target;
    }
    // Reactivation returns an account to where it was: active if its address was ever confirmed.
    const status = suspend ? 'suspended' : target.emailVerifiedAt ? 'active' : 'pending';
    const [row] = await tx.update(users).set({ status, updatedAt: new Date() }).where(eq(users.id, id)).returning();
    if (!row) throw notFound('User not found');
    if (suspend) await revokeUserSessions(tx, id);
    await recordAudit(tx, { actorId: actor.user.id, action: suspend ? 'user.suspended' : 'user.reactivated', objectType: 'user', objectId: id, ip: actor.ip });
    return row;
  });
}
