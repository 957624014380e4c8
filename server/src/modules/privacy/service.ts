import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DataExport, EraseAccountBody } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { oneTimeTokens, users, type UserRow } from '../../db/schema.js';
import type { Actor } from '../../lib/actor.js';
import { AppError, invalidToken, notFound } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import { verifyPassword } from '../auth/passwords.js';
import { hitLimit } from '../auth/rate-limit.js';
import { consumeToken, hashToken } from '../auth/tokens.js';
import { eraseTokenData, sendAccountErasedJob, sendEraseCodeJob } from './jobs.js';
import { memberTables, type Subject } from './registry.js';

export interface PrivacyDeps {
  db: Db;
  queue: Queue;
}

/** Everything the platform holds about the member, table by table, as the registry lists it. */
export async function exportMemberData(db: Db, user: UserRow): Promise<DataExport> {
  const subject: Subject = { userId: user.id, email: user.email };
  const tables: DataExport['tables'] = {};
  // One snapshot, so the tables agree with each other.
  await db.transaction(
    async (tx) => {
      for (const [name, table] of Object.entries(memberTables)) {
        const result = await tx.execute<{ row: Record<string, unknown> }>(table.rows(subject));
        tables[name] = result.rows.map((r) => r.row);
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return { exportedAt: new Date().toISOString(), userId: user.id, tables };
}

/** Mails a password-less member the code that confirms erasure; an account with a password uses that. */
export async function requestErasureCode(deps: PrivacyDeps, user: UserRow): Promise<void> {
  if (user.passwordHash) {
    throw new AppError('rule_broken', 'Your account has a password: confirm the erasure with it');
  }
  await hitLimit(deps.db, 'magicEmail', user.email);
  await deps.queue.send(sendEraseCodeJob, { userId: user.id });
}

const wrongPassword = () =>
  new AppError('validation_failed', 'The password is wrong', [{ path: 'password', message: 'The password is wrong', code: 'wrong_password' }]);

/** The member erases their own account, proving it is them with the password or the mailed code. */
export async function eraseOwnAccount(deps: PrivacyDeps, actor: Actor, body: EraseAccountBody): Promise<void> {
  const user = actor.user;
  if ('password' in body) {
    await hitLimit(deps.db, 'loginEmail', user.email);
    if (!user.passwordHash) {
      throw new AppError('validation_failed', 'Your account has no password: ask for a code by mail', [
        { path: 'password', message: 'Your account has no password: ask for a code by mail', code: 'no_password' },
      ]);
    }
    if (!(await verifyPassword(user.passwordHash, body.password))) throw wrongPassword();
  } else {
    await hitLimit(deps.db, 'tokenIp', actor.ip);
    if (user.passwordHash) {
      throw new AppError('validation_failed', 'Confirm with your password', [{ path: 'password', message: 'Confirm with your password', code: 'password_required' }]);
    }
    // Checked before the confirmation mail is queued; used up below, in the erasure's transaction.
    const [open] = await deps.db
      .select({ id: oneTimeTokens.id })
      .from(oneTimeTokens)
      .where(
        and(
          eq(oneTimeTokens.tokenHash, hashToken(body.token)),
          eq(oneTimeTokens.userId, user.id),
          eq(oneTimeTokens.purpose, 'magic_link'),
          sql`${oneTimeTokens.data}->>'action' = ${eraseTokenData.action}`,
          isNull(oneTimeTokens.usedAt),
          gt(oneTimeTokens.expiresAt, sql`now()`),
        ),
      );
    if (!open) throw invalidToken();
  }
  await erase(deps, user, async (tx) => {
    if ('token' in body) {
      const row = await consumeToken(tx, body.token, 'magic_link');
      if (row.userId !== user.id || row.data.action !== eraseTokenData.action) throw invalidToken();
    }
    // The entry says that the member erased the account, not from where: the address would be personal data outliving the erasure.
    await recordAudit(tx, { actorId: user.id, action: 'member.self_erased', objectType: 'user', objectId: user.id, ip: null });
  });
}

/** Staff erase a member on the member's request; the reason (the request) goes into the audit log. */
export async function eraseMemberOnRequest(deps: PrivacyDeps, actor: Actor, memberId: string, reason: string): Promise<void> {
  const [user] = await deps.db
    .select()
    .from(users)
    .where(and(eq(users.id, memberId), eq(users.role, 'member'), sql`${users.status} <> 'erased'`));
  if (!user) throw notFound('Member not found');
  await erase(deps, user, async (tx) => {
    await recordAudit(tx, { actorId: actor.user.id, action: 'member.erased', objectType: 'user', objectId: user.id, data: { reason }, ip: actor.ip });
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Erases in one transaction: every table in the registry drops or anonymises the member's rows.
 * The confirmation mail is queued first, carrying the address, which is gone afterwards; its job
 * sends only once the account reads as erased, so a failed erasure mails nothing.
 */
async function erase(deps: PrivacyDeps, user: UserRow, inTx: (tx: Tx) => Promise<void>): Promise<void> {
  await deps.queue.send(sendAccountErasedJob, { userId: user.id, email: user.email, language: user.language });
  await deps.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: users.status, email: users.email })
      .from(users)
      .where(and(eq(users.id, user.id), eq(users.role, 'member')))
      .for('update');
    if (!locked || locked.status === 'erased') throw notFound('Member not found');
    await inTx(tx);
    const subject: Subject = { userId: user.id, email: locked.email };
    for (const table of Object.values(memberTables)) await table.erase(tx, subject);
  });
}
