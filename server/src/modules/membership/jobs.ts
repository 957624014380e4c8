import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { webPaths } from '@alumni/shared';
import { membershipClaims, users } from '../../db/schema.js';
import { defineJob, handleJob, type JobHandler } from '../../lib/queue.js';
import { renderMail, type MailKind } from '../../mail/templates.js';
import type { JobDeps } from '../deps.js';
import { mailBrandingFor } from '../settings/service.js';

export const ZDecidedStatus = z.enum(['verified', 'rejected', 'info_requested']);
export type DecidedStatus = z.infer<typeof ZDecidedStatus>;

/** Tells the member what HR decided. The decision's time names it: a later one makes this mail moot. */
export const sendClaimDecisionJob = defineJob(
  'membership.send-claim-decision',
  z.object({ claimId: z.uuid(), status: ZDecidedStatus, decidedAt: z.iso.datetime({ offset: true }) }),
);

const mails: Record<DecidedStatus, { kind: MailKind; path: string }> = {
  verified: { kind: 'claim_approved', path: webPaths.directory },
  rejected: { kind: 'claim_rejected', path: webPaths.membership },
  info_requested: { kind: 'claim_info_requested', path: webPaths.membership },
};

export function membershipJobHandlers(deps: JobDeps): JobHandler[] {
  return [
    handleJob(sendClaimDecisionJob, async ({ claimId, status, decidedAt }) => {
      const [row] = await deps.db
        .select({ claim: membershipClaims, user: users })
        .from(membershipClaims)
        .innerJoin(users, eq(users.id, membershipClaims.memberId))
        .where(eq(membershipClaims.id, claimId));
      // Gone (erased), or decided again since (the member answered, HR changed course): nothing to say.
      if (!row || row.claim.status !== status || row.claim.decidedAt?.getTime() !== new Date(decidedAt).getTime()) return;
      if (row.user.status === 'erased') return;
      const { kind, path } = mails[status];
      const mail = renderMail(kind, row.user.language, {
        ...(await mailBrandingFor(deps.db, deps.config)),
        firstName: row.user.firstName,
        link: `${deps.config.appUrl}${path}`,
        ...(row.claim.decisionNote && status !== 'verified' ? { note: row.claim.decisionNote } : {}),
      });
      await deps.mailer.send({ to: row.user.email, ...mail });
    }),
  ];
}
