import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type {
  AcceptInviteBody,
  ChangeEmailBody,
  ChangePasswordBody,
  Language,
  LoginBody,
  RegisterBody,
  UpdateAccountBody,
} from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { members, users, type UserRow } from '../../db/schema.js';
import { AppError, invalidToken } from '../../lib/errors.js';
import type { Queue } from '../../lib/queue.js';
import { recordAudit } from '../audit/service.js';
import {
  sendAlreadyRegisteredJob,
  sendEmailChangedJob,
  sendEmailChangeJob,
  sendMagicLinkJob,
  sendPasswordChangedJob,
  sendPasswordResetJob,
  sendVerificationJob,
} from './jobs.js';
import { getDummyHash, hashPassword, verifyPassword } from './passwords.js';
import { hitLimit } from './rate-limit.js';
import { createSession, revokeUserSessions, type SessionPolicy } from './sessions.js';
import { consumeToken, voidTokens } from './tokens.js';

export interface AuthDeps {
  db: Db;
  queue: Queue;
  policy: SessionPolicy;
  log: { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };
}

export interface ClientMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface NewSession {
  user: UserRow;
  session: { id: string; userId: string; expiresAt: Date };
}

/** Logs can say which address failed without holding the address itself. */
const emailRef = (email: string) => createHash('sha256').update(email).digest('hex').slice(0, 12);

const findByEmail = async (db: Db, email: string) =>
  (await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`))[0];

export async function openSession(deps: AuthDeps, user: UserRow, meta: ClientMeta): Promise<NewSession> {
  const now = new Date();
  const [updated] = await deps.db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id)).returning();
  const session = await createSession(deps.db, user.id, deps.policy, meta);
  return { user: updated ?? user, session: { ...session, userId: user.id } };
}

/**
 * Registration answers the same whether or not the address is taken: both paths hash a password,
 * write at most one row and enqueue one mail, so neither the answer nor its timing tells.
 */
export async function register(deps: AuthDeps, body: Required<RegisterBody>, meta: ClientMeta): Promise<void> {
  await hitLimit(deps.db, 'registerIp', meta.ip);
  const passwordHash = await hashPassword(body.password);
  const created = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email: body.email,
        passwordHash,
        role: 'member',
        status: 'pending',
        language: body.language,
        firstName: body.firstName,
        lastName: body.lastName,
      })
      .onConflictDoNothing()
      .returning();
    if (row) await tx.insert(members).values({ userId: row.id });
    return row;
  });
  if (created) {
    await deps.queue.send(sendVerificationJob, { userId: created.id });
    return;
  }
  const existing = await findByEmail(deps.db, body.email);
  if (!existing) return;
  // Someone who never confirmed gets the confirmation again rather than a puzzling "you have an account".
  const pendingMember = existing.status === 'pending' && !existing.emailVerifiedAt && existing.role === 'member';
  await deps.queue.send(pendingMember ? sendVerificationJob : sendAlreadyRegisteredJob, { userId: existing.id });
}

export async function verifyEmail(deps: AuthDeps, token: string, meta: ClientMeta): Promise<void> {
  await hitLimit(deps.db, 'tokenIp', meta.ip);
  await deps.db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, 'verify_email');
    await tx
      .update(users)
      .set({ emailVerifiedAt: new Date(), status: 'active', updatedAt: new Date() })
      .where(and(eq(users.id, row.userId), eq(users.status, 'pending')));
  });
}

export async function login(deps: AuthDeps, body: LoginBody, meta: ClientMeta): Promise<NewSession> {
  const email = body.email.toLowerCase();
  await hitLimit(deps.db, 'loginIp', meta.ip);
  await hitLimit(deps.db, 'loginEmail', email);
  const user = await findByEmail(deps.db, email);
  // Unknown addresses are checked against a dummy hash so a miss takes as long as a wrong password.
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, body.password)
    : (await verifyPassword(await getDummyHash(), body.password)) && false;
  if (!user || !ok || user.status === 'erased') {
    deps.log.warn({ event: 'login_failed', emailRef: emailRef(email), ip: meta.ip }, 'failed sign-in');
    throw new AppError('invalid_credentials', 'The email address or password is wrong');
  }
  if (user.status === 'suspended') {
    deps.log.warn({ event: 'login_refused', userId: user.id, reason: 'suspended' }, 'sign-in refused');
    throw new AppError('forbidden', 'This account is suspended');
  }
  if (user.status === 'pending') {
    throw new AppError('rule_broken', 'Confirm your email address first: follow the link in the mail we sent you');
  }
  return openSession(deps, user, meta);
}

export async function requestMagicLink(deps: AuthDeps, email: string, language: Language | undefined, meta: ClientMeta): Promise<void> {
  await hitLimit(deps.db, 'magicIp', meta.ip);
  await hitLimit(deps.db, 'magicEmail', email);
  await deps.queue.send(sendMagicLinkJob, { email, language });
}

export async function consumeMagicLink(deps: AuthDeps, token: string, meta: ClientMeta): Promise<NewSession> {
  await hitLimit(deps.db, 'tokenIp', meta.ip);
  const user = await deps.db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, 'magic_link');
    // Following a link sent to the address proves the address, so a pending member becomes active.
    const [u] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, status: sql`case when ${users.status} = 'pending' then 'active'::user_status else ${users.status} end` })
      .where(eq(users.id, row.userId))
      .returning();
    return u;
  });
  if (!user || user.status !== 'active') throw invalidToken();
  return openSession(deps, user, meta);
}

export async function requestPasswordReset(deps: AuthDeps, email: string, language: Language | undefined, meta: ClientMeta): Promise<void> {
  await hitLimit(deps.db, 'resetIp', meta.ip);
  await hitLimit(deps.db, 'resetEmail', email);
  await deps.queue.send(sendPasswordResetJob, { email, language });
}

export async function resetPassword(deps: AuthDeps, token: string, password: string, meta: ClientMeta): Promise<void> {
  await hitLimit(deps.db, 'tokenIp', meta.ip);
  const passwordHash = await hashPassword(password);
  const userId = await deps.db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, 'password_reset');
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, row.userId));
    await voidTokens(tx, row.userId, 'password_reset');
    await revokeUserSessions(tx, row.userId);
    return row.userId;
  });
  await deps.queue.send(sendPasswordChangedJob, { userId });
}

export async function changePassword(deps: AuthDeps, user: UserRow, body: ChangePasswordBody, meta: ClientMeta): Promise<NewSession> {
  await hitLimit(deps.db, 'loginEmail', user.email);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
    throw new AppError('validation_failed', 'The current password is wrong', [
      { path: 'currentPassword', message: 'The current password is wrong', code: 'wrong_password' },
    ]);
  }
  const passwordHash = await hashPassword(body.newPassword);
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id);
    await voidTokens(tx, user.id, 'password_reset');
  });
  await deps.queue.send(sendPasswordChangedJob, { userId: user.id });
  // Every old session ends; the person who changed it carries on in a fresh one.
  return openSession(deps, user, meta);
}

export async function requestEmailChange(deps: AuthDeps, user: UserRow, body: ChangeEmailBody): Promise<void> {
  await hitLimit(deps.db, 'loginEmail', user.email);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, body.password))) {
    throw new AppError('validation_failed', 'The password is wrong', [{ path: 'password', message: 'The password is wrong', code: 'wrong_password' }]);
  }
  if (body.newEmail === user.email) {
    throw new AppError('validation_failed', 'That is already your address', [{ path: 'newEmail', message: 'That is already your address', code: 'same_address' }]);
  }
  // A taken address is only found out when the link is followed, so this answer does not reveal it.
  await deps.queue.send(sendEmailChangeJob, { userId: user.id, newEmail: body.newEmail });
}

export async function confirmEmailChange(deps: AuthDeps, token: string, meta: ClientMeta): Promise<void> {
  await hitLimit(deps.db, 'tokenIp', meta.ip);
  const result = await deps.db.transaction(async (tx) => {
    const row = await consumeToken(tx, token, 'change_email');
    const newEmail = row.data.newEmail;
    if (!newEmail) throw invalidToken();
    const [before] = await tx.select().from(users).where(eq(users.id, row.userId));
    if (!before || before.status !== 'active') throw invalidToken();
    const [taken] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${newEmail}`);
    if (taken) throw new AppError('conflict', 'This address already belongs to another account');
    await tx.update(users).set({ email: newEmail, emailVerifiedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, row.userId));
    return { userId: row.userId, oldEmail: before.email, newEmail };
  });
  await deps.queue.send(sendEmailChangedJob, result);
}

export async function acceptInvite(deps: AuthDeps, body: AcceptInviteBody, meta: ClientMeta): Promise<NewSession> {
  await hitLimit(deps.db, 'tokenIp', meta.ip);
  const passwordHash = await hashPassword(body.password);
  const user = await deps.db.transaction(async (tx) => {
    const row = await consumeToken(tx, body.token, 'invite');
    const [u] = await tx
      .update(users)
      .set({
        passwordHash,
        firstName: body.firstName,
        lastName: body.lastName,
        status: 'active',
        emailVerifiedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(and(eq(users.id, row.userId), eq(users.status, 'pending')))
      .returning();
    if (!u) throw invalidToken();
    await recordAudit(tx, { actorId: u.id, action: 'staff.invite_accepted', objectType: 'user', objectId: u.id, ip: meta.ip });
    return u;
  });
  return openSession(deps, user, meta);
}

export async function updateAccount(deps: AuthDeps, user: UserRow, body: UpdateAccountBody): Promise<UserRow> {
  const [u] = await deps.db
    .update(users)
    .set({ ...body, updatedAt: new Date() })
    .where(eq(users.id, user.id))
    .returning();
  if (!u) throw new AppError('not_found', 'Account not found');
  return u;
}
