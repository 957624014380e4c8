import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { webPaths, ZLanguage } from '@alumni/shared';
import { users } from '../../db/schema.js';
import { defineJob, handleJob, type JobHandler } from '../../lib/queue.js';
import { renderMail } from '../../mail/templates.js';
import { issueToken } from '../auth/tokens.js';
import type { JobDeps } from '../deps.js';
import { mailBrandingFor } from '../settings/service.js';

/**
 * The one-time token that confirms a password-less member's erasure. The token purposes are fixed
 * (a database enum); erasure reuses `magic_link`, whose mail proves the same thing, the address,
 * and marks its token with this data. Erasure accepts only tokens so marked, so a sign-in link
 * can never erase an account. (The marked token would still sign its owner in, which any magic
 * link sent to that address does too.)
 */
export const eraseTokenData = { action: 'erase' } as const;

/** Mails a password-less member the link that confirms erasing their account. */
export const sendEraseCodeJob = defineJob('privacy.send-erase-code', z.object({ userId: z.uuid() }));

/**
 * Tells the old address that the account was erased. It carries the address and language, as the
 * account no longer holds them by the time it runs.
 */
export const sendAccountErasedJob = defineJob(
  'privacy.send-account-erased',
  z.object({ userId: z.uuid(), email: z.string(), language: ZLanguage }),
  5,
);

/** Thrown while the erasure that queued the mail has not committed yet; the queue tries again later. */
class ErasureNotCommitted extends Error {}

export function privacyJobHandlers(deps: JobDeps): JobHandler[] {
  const { db, mailer, config } = deps;
  return [
    handleJob(sendEraseCodeJob, async ({ userId }) => {
      const [user] = await db.select().from(users).where(eq(users.id, userId));
      if (!user || user.status !== 'active' || user.role !== 'member' || user.passwordHash) return;
      const token = await issueToken(db, user.id, 'magic_link', { ...eraseTokenData });
      const link = `${config.appUrl}${webPaths.confirmErase}?token=${encodeURIComponent(token)}`;
      await mailer.send({ to: user.email, ...renderMail('erase_confirm', user.language, { ...(await mailBrandingFor(db, config)), firstName: user.firstName, link }) });
    }),
    handleJob(sendAccountErasedJob, async ({ userId, email, language }) => {
      // The job is queued just before the erasure's transaction; give a commit in flight a moment
      // before handing the job back to the queue for a later try.
      for (let attempt = 0; ; attempt++) {
        const [user] = await db.select({ status: users.status }).from(users).where(eq(users.id, userId));
        if (!user) return;
        if (user.status === 'erased') break;
        if (attempt === 5) throw new ErasureNotCommitted(`account ${userId} is not erased (yet)`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await mailer.send({ to: email, ...renderMail('account_erased', language, await mailBrandingFor(db, config)) });
    }),
  ];
}
