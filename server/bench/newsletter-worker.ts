// One sending process for an issue: what `pnpm worker` runs for `newsletters.send`, without the
// queue around it, so a test or the benchmark can start several, kill one, and start another.
// Prints one JSON line when done: how many deliveries it handled and its peak resident memory.
import { sql } from 'drizzle-orm';
import { connectDatabase } from '../src/db/client.js';
import { createMailer } from '../src/mail/mailer.js';
import { sendDeliveries } from '../src/modules/deliveries/service.js';
import { newsletterHooks, newsletterRenderers } from '../src/modules/newsletters/mail.js';
import { newsletterKey } from '../src/modules/newsletters/service.js';

export interface WorkerResult {
  handled: number;
  peakRssBytes: number;
  seconds: number;
}

const need = (name: string): string => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 25);

const database = connectDatabase(need('DATABASE_URL'), num('WORKER_DB_POOL', 6));
const mailer = createMailer(need('SMTP_URL'), 'Alumni <alumni@bench.example>', { poolSize: num('MAIL_POOL_SIZE', 5), ratePerSecond: num('MAIL_RATE_PER_SECOND', 0) });
const config = { appUrl: 'http://localhost:3000', orgName: 'Esimerkki Hoiva Alumni', jwtSecret: need('JWT_SECRET'), mailFrom: 'Alumni <alumni@bench.example>' };
const started = performance.now();
const deps = {
  db: database.db,
  mailer,
  renderers: newsletterRenderers({ db: database.db, config }),
  hooks: [newsletterHooks(database.db)],
  options: { leaseSeconds: num('LEASE_SECONDS', 120), batchSize: num('BATCH_SIZE', 100), lanes: num('LANES', 2), retryBaseSeconds: 1 },
};
const id = need('NEWSLETTER_ID');
const key = newsletterKey(id);
let handled = 0;
// Until the issue is done: rows a dead worker held come free when their lease runs out, and
// retries when their time comes (what the minute sweep does for `pnpm worker`).
for (;;) {
  handled += await sendDeliveries(deps, key);
  const left = await database.db.execute<{ n: number; sending: boolean }>(sql`
    select count(*)::int as n, (select status = 'sending' from newsletters where id = ${id}) as sending
    from deliveries where message_key = ${key} and status in ('queued', 'sending')`);
  const row = left.rows[0];
  if (!row || row.n === 0 || !row.sending) break;
  await new Promise((r) => setTimeout(r, 250));
}
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const result: WorkerResult = { handled, peakRssBytes: peak, seconds: (performance.now() - started) / 1000 };
process.stdout.write(`${JSON.stringify(result)}\n`);
mailer.close();
await database.close();
