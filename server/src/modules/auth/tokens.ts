import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { oneTimeTokens } from '../../db/schema.js';
import { invalidToken } from '../../lib/errors.js';

export type TokenPurpose = (typeof oneTimeTokens.$inferSelect)['purpose'];

export const tokenTtlMs: Record<TokenPurpose, number> = {
  verify_email: 48 * 3_600_000,
  magic_link: 10 * 60_000,
  password_reset: 3_600_000,
  invite: 7 * 24 * 3_600_000,
  change_email: 48 * 3_600_000,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

type Executor = Pick<Db, 'insert' | 'update'>;

/**
 * Issues a single-use token; only its hash is stored, the token itself goes into the mail. Older
 * open tokens of the same purpose stop working: only the latest mail's link does.
 */
export async function issueToken(
  db: Executor,
  userId: string,
  purpose: TokenPurpose,
  data: Record<string, string> = {},
): Promise<string> {
  await voidTokens(db, userId, purpose);
  const token = randomBytes(32).toString('base64url');
  await db.insert(oneTimeTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    data,
    // Both times from the database clock, so the validity is exactly the purpose's.
    createdAt: sql`now()`,
    expiresAt: sql`now() + make_interval(secs => ${tokenTtlMs[purpose] / 1000})`,
  });
  return token;
}

/** Uses a token up in one statement, so two concurrent uses cannot both succeed. */
export async function consumeToken(db: Executor, token: string, purpose: TokenPurpose) {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, sql`now()`),
      ),
    )
    .returning();
  if (!row) throw invalidToken();
  return row;
}

/** Voids every open token of a purpose, e.g. old reset links once the password has changed. */
export async function voidTokens(db: Executor, userId: string, purpose: TokenPurpose): Promise<void> {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
}
