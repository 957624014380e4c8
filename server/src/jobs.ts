import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Mailer } from './mail/mailer.js';
import { defineJob, handleJob, type JobHandler, type JobSpec, type Queue } from './lib/queue.js';
import { authJobHandlers } from './modules/auth/jobs.js';
import { deliveryJobHandlers, sweepDeliveriesJob } from './modules/deliveries/jobs.js';
import type { DeliveryOptions } from './modules/deliveries/service.js';
import { eventJobHandlers, eventRemindersJob } from './modules/events/jobs.js';
import { eventRenderers } from './modules/events/mail.js';
import { directoryJobHandlers } from './modules/directory/jobs.js';
import { membersJobHandlers } from './modules/members/jobs.js';
import { newsletterSweepJob } from './modules/newsletters/job-specs.js';
import { newsletterJobHandlers } from './modules/newsletters/jobs.js';
import { newsletterHooks, newsletterRenderers } from './modules/newsletters/mail.js';
import { membershipJobHandlers } from './modules/membership/jobs.js';
import { jobAlertHandlers, jobAlertRenderers, jobAlertsJob, jobDigestJob } from './modules/jobs/alerts.js';
import { privacyJobHandlers } from './modules/privacy/jobs.js';
import { profileJobHandlers } from './modules/profile/jobs.js';
import { recordsJobHandlers } from './modules/records/jobs.js';
import { surveyRenderers } from './modules/surveys/mail.js';

/** Retention: spent tokens, ended sessions, old rate-limit windows and never-confirmed signups go. */
export const cleanupJob = defineJob('maintenance.cleanup', z.object({}).passthrough(), 2);

export async function cleanup(db: Db): Promise<void> {
  await db.execute(sql`delete from one_time_tokens where expires_at < now() - interval '7 days'`);
  await db.execute(sql`delete from sessions where expires_at < now() - interval '7 days' or revoked_at < now() - interval '7 days'`);
  await db.execute(sql`delete from rate_limits where window_start < now() - interval '1 day'`);
  await db.execute(sql`delete from users where status = 'pending' and role = 'member' and email_verified_at is null and created_at < now() - interval '30 days'`);
  // An expired invitation link loses its token; the row stays, so the person is still never invited twice.
  await db.execute(sql`update record_invitations set token_hash = null where token_hash is not null and expires_at < now() - interval '7 days'`);
  // A CSV preview nobody imported or discarded within a week holds personal data for nothing.
  await db.execute(sql`update record_imports set status = 'discarded', rows = '[]'::jsonb where status = 'previewed' and created_at < now() - interval '7 days'`);
  // Erasure deletes these in its own transaction; anything written for an erased member after it is swept here.
  for (const table of ['membership_claims', 'consents', 'employment_periods', 'member_photos', 'event_invitations', 'event_rsvps', 'calendar_feeds']) {
    await db.execute(sql`delete from ${sql.identifier(table)} where member_id in (select id from users where status = 'erased')`);
  }
}

/** The periodic jobs and their cron schedules (Europe/Helsinki); pg-boss enqueues each run once, whoever runs workers. */
export const scheduledJobs: ReadonlyArray<readonly [JobSpec<z.ZodType>, string]> = [
  [cleanupJob, '17 * * * *'],
  [sweepDeliveriesJob, '* * * * *'],
  [eventRemindersJob, '* * * * *'],
  [newsletterSweepJob, '* * * * *'],
  [jobAlertsJob, '* * * * *'],
  [jobDigestJob, '0 8 * * 1'],
];

/** Every job handler of the platform, for the in-process workers and for `pnpm worker`. */
export function allJobHandlers(deps: { db: Db; mailer: Mailer; queue: Queue; config: Config; deliveryOptions?: DeliveryOptions }): JobHandler[] {
  const sender = {
    db: deps.db,
    mailer: deps.mailer,
    renderers: { ...eventRenderers(deps), ...newsletterRenderers(deps), ...jobAlertRenderers(deps), ...surveyRenderers(deps) },
    hooks: [newsletterHooks(deps.db)],
    ...(deps.deliveryOptions ? { options: deps.deliveryOptions } : {}),
  };
  return [
    ...newsletterJobHandlers(deps, sender),
    ...deliveryJobHandlers(sender),
    ...eventJobHandlers(sender),
    ...jobAlertHandlers(sender),
    ...authJobHandlers({ db: deps.db, mailer: deps.mailer, appUrl: deps.config.appUrl, orgName: deps.config.orgName }),
    ...membershipJobHandlers(deps),
    ...recordsJobHandlers(deps),
    ...profileJobHandlers(deps),
    ...directoryJobHandlers(deps),
    ...membersJobHandlers(deps),
    ...privacyJobHandlers(deps),
    handleJob(cleanupJob, () => cleanup(deps.db)),
  ];
}
