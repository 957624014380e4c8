import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { startBanner } from './banner.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { allJobHandlers, scheduledJobs } from './jobs.js';
import { startRuntime } from './runtime.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const say = (msg: string) => console.log(`[alumni] ${msg}`);
  const runtime = await startRuntime(config, { log: say, catcher: true, seed: config.seedDemo });
  const app = await buildApp(config, { database: runtime.database, queue: runtime.queue, mailCatcher: runtime.mailCatcher });

  closeWithGrace({ delay: 30_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'stopping after an error');
    else say(`${signal ?? 'stop'} received: finishing running requests and jobs`);
    // Requests first (new ones get 503), then the workers finish their jobs, then the database stops.
    await app.close();
    await runtime.close();
    say('stopped');
  });

  if (config.runWorkers) {
    await runtime.queue.work(allJobHandlers({ db: runtime.database.db, mailer: runtime.mailer, queue: runtime.queue, config }));
    for (const [job, cron] of scheduledJobs) await runtime.queue.schedule(job, cron);
  }
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    console.error(code === 'EADDRINUSE' ? `Port ${config.port} is already in use. Stop what uses it or set PORT.` : err);
    await runtime.close();
    process.exit(1);
  }
  console.log(startBanner(config, runtime));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
