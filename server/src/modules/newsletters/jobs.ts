import { handleJob, type JobHandler } from '../../lib/queue.js';
import type { Queue } from '../../lib/queue.js';
import { sendDeliveries, type SenderDeps } from '../deliveries/service.js';
import type { JobDeps } from '../deps.js';
import { newsletterSweepJob, sendNewsletterJob, startNewsletterJob, testSendNewsletterJob } from './job-specs.js';
import { sendTestMail } from './mail.js';
import { dueNewsletters, finishIfDone, newsletterKey, sendNewsletterNow, startNewsletter } from './service.js';
import { sql } from 'drizzle-orm';

/** Starts the issue if it is due and queues its send jobs, which workers in any process share. */
async function start(deps: JobDeps & { queue: Queue }, id: string): Promise<void> {
  if (await startNewsletter(deps.db, deps.config, id)) await sendNewsletterNow(deps.queue, id);
}

export function newsletterJobHandlers(deps: JobDeps & { queue: Queue }, sender: SenderDeps): JobHandler[] {
  return [
    handleJob(startNewsletterJob, ({ newsletterId }) => start(deps, newsletterId)),
    handleJob(sendNewsletterJob, async ({ newsletterId }) => {
      await sendDeliveries(sender, newsletterKey(newsletterId));
    }),
    handleJob(newsletterSweepJob, async () => {
      for (const id of await dueNewsletters(deps.db)) await start(deps, id);
      // Issues whose last rows were retried by the delivery sweep and are now done.
      const open = await deps.db.execute<{ id: string }>(sql`select id from newsletters where status = 'sending'`);
      for (const r of open.rows) await finishIfDone(deps.db, r.id);
    }),
    handleJob(testSendNewsletterJob, (job) => sendTestMail(deps, job)),
  ];
}
