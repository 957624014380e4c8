import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from './config.js';
import { allJobHandlers, scheduledJobs } from './jobs.js';
import { startRuntime } from './runtime.js';

/** Workers alone, for scaling out: as many as needed, each taking jobs from the shared queue. */
async function main(): Promise<void> {
  const config = loadConfig();
  const say = (msg: string) => console.log(`[alumni-worker] ${msg}`);
  // Without SMTP_URL the worker joins the default run's catcher, which listens on SMTP_CATCHER_PORT.
  const runtime = await startRuntime(
    config.smtpUrl ? config : { ...config, smtpUrl: `smtp://127.0.0.1:${config.smtpCatcherPort}` },
    { log: say, catcher: false, seed: false },
  );
  closeWithGrace({ delay: 60_000 }, async ({ signal }) => {
    say(`${signal ?? 'stop'} received: finishing running jobs`);
    await runtime.close();
  });
  await runtime.queue.work(allJobHandlers({ db: runtime.database.db, mailer: runtime.mailer, queue: runtime.queue, config }));
  for (const [job, cron] of scheduledJobs) await runtime.queue.schedule(job, cron);
  say('working; Ctrl-C to stop');
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
  process.exit(1);
});
