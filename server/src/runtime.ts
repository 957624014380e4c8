import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from './config.js';
import { connectDatabase, type Database } from './db/client.js';
import { startEmbeddedPostgres } from './db/embedded.js';
import { runMigrations } from './db/migrate.js';
import { appMeta } from './db/schema.js';
import { seedDemoData, type DemoAccount } from './db/demo-data.js';
import { BossQueue } from './lib/queue.js';
import { MailCatcher } from './mail/catcher.js';
import { createMailer, type Mailer } from './mail/mailer.js';
import { hashPassword } from './modules/auth/passwords.js';

export interface Runtime {
  databaseUrl: string;
  database: Database;
  queue: BossQueue;
  mailer: Mailer;
  mailCatcher: MailCatcher | undefined;
  /** Demo sign-ins when this start loaded the demo data. */
  seeded: readonly DemoAccount[] | undefined;
  close: () => Promise<void>;
}

export interface RuntimeOptions {
  log: (msg: string) => void;
  /** Start the local SMTP catcher when no SMTP_URL is set (the API process does; a lone worker needs a real server). */
  catcher: boolean;
  seed: boolean;
}

/** The database URL: DATABASE_URL, or the embedded PostgreSQL under DATA_DIR. */
export async function resolveDatabase(config: Config, log: (msg: string) => void) {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: () => Promise.resolve(), startedHere: false };
  return startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'postgres'), port: config.embeddedPgPort, database: 'alumni', log });
}

async function startCatcher(port: number): Promise<MailCatcher> {
  // A taken port moves the catcher up a few ports rather than failing the start.
  for (let p = port; p < port + 10; p++) {
    const catcher = new MailCatcher();
    try {
      await catcher.start(p);
      return catcher;
    } catch {
      await catcher.close();
    }
  }
  throw new Error(`No free port for the local mail catcher in ${port}-${port + 9}. Set SMTP_CATCHER_PORT or SMTP_URL.`);
}

export async function seedOnce(database: Database, log: (msg: string) => void): Promise<readonly DemoAccount[] | undefined> {
  const { db } = database;
  return db.transaction(async (tx) => {
    // Only the first start seeds, even when two start at once.
    await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
    const [done] = await tx.select().from(appMeta).where(sql`${appMeta.key} = 'demo_seeded'`);
    if (done) return undefined;
    log('loading demo data (first start)');
    const result = await seedDemoData(tx, { hashPassword });
    await tx.insert(appMeta).values({ key: 'demo_seeded', value: { at: new Date().toISOString(), members: result.members } });
    return result.accounts;
  });
}

/** Brings up what the app stands on: the database (migrated), mail and the queue. */
export async function startRuntime(config: Config, opts: RuntimeOptions): Promise<Runtime> {
  const pgServer = await resolveDatabase(config, opts.log);
  const closers: Array<() => Promise<void> | void> = [() => pgServer.stop()];
  try {
    await runMigrations(pgServer.url);
    const database = connectDatabase(pgServer.url, config.databasePoolSize);
    closers.unshift(() => database.close());
    const seeded = opts.seed ? await seedOnce(database, opts.log) : undefined;
    let mailCatcher: MailCatcher | undefined;
    let smtpUrl = config.smtpUrl;
    if (!smtpUrl && opts.catcher) {
      mailCatcher = await startCatcher(config.smtpCatcherPort);
      smtpUrl = mailCatcher.url;
      const c = mailCatcher;
      closers.unshift(() => c.close());
    }
    if (!smtpUrl) throw new Error('SMTP_URL is required for a worker process of its own');
    const mailer = createMailer(smtpUrl, config.mailFrom, { poolSize: config.mailPoolSize, ratePerSecond: config.mailRatePerSecond });
    closers.unshift(() => mailer.close());
    const queue = new BossQueue(pgServer.url, { log: (msg, err) => opts.log(`${msg}: ${err instanceof Error ? err.message : String(err)}`) });
    await queue.start();
    closers.unshift(() => queue.stop());
    let closed = false;
    return {
      databaseUrl: pgServer.url,
      database,
      queue,
      mailer,
      mailCatcher,
      seeded,
      close: async () => {
        if (closed) return;
        closed = true;
        for (const close of closers) await close();
      },
    };
  } catch (err) {
    for (const close of closers) await Promise.resolve(close()).catch(() => undefined);
    throw err;
  }
}
