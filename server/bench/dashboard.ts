/*
 * `pnpm bench:dashboard`: loads the large data set (100,000 members, 1,000,000 deliveries, 50,000
 * RSVPs) into a throwaway database and times every dashboard panel for a one-year and a ten-year
 * range, beside the baseline: a plain count of the same tables, timed the same way in the same run.
 * A panel's median must stay under 300 ms; the run exits 1 otherwise.
 *
 *   pnpm bench:dashboard [--scale 0.1] [--runs 15]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DateTime } from 'luxon';
import { insightPanels, type InsightPanel } from '@alumni/shared';
import { loadConfig, repoRoot } from '../src/config.js';
import { connectDatabase } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { largeSeed } from '../src/db/large-seed.js';
import { runMigrations } from '../src/db/migrate.js';
import { insightPanel, resolveRange } from '../src/modules/insight/service.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, runs: { type: 'string', default: '15' } } });
const scale = Number(values.scale);
const runs = Math.max(3, Number(values.runs));
const targetMs = 300;

/** The tables each panel reads, for the baseline's plain counts. */
const tablesOf: Record<InsightPanel, readonly string[]> = {
  members: ['users', 'members'],
  funnel: ['record_invitations', 'users', 'members'],
  newsletters: ['newsletters', 'deliveries', 'consents'],
  events: ['events', 'event_invitations', 'event_rsvps'],
  jobs: ['jobs', 'job_interests', 'job_referrals', 'job_shares'],
  boomerangs: ['talent_flags', 'rehires', 'company_hires', 'settings'],
};

const log = (line = '') => process.stdout.write(`${line}\n`);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function timed(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await run();
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const at = performance.now();
    await run();
    times.push(performance.now() - at);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

const env = loadConfig();
const server = env.databaseUrl
  ? { url: env.databaseUrl, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', 'bench-postgres'), port: 54331, database: 'postgres' });
const name = `alumni_bench_dashboard_${process.pid}`;
const adminUrl = new URL(server.url);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`create database ${name}`);
const dbUrl = new URL(server.url);
dbUrl.pathname = `/${name}`;

let slow = 0;
try {
  await runMigrations(dbUrl.toString());
  const database = connectDatabase(dbUrl.toString(), 2);
  const client = await database.pool.connect();
  log(`loading the large data set at scale ${scale}`);
  const seeded = await largeSeed(client, { scale, log });
  await client.query('analyze');
  log(
    `loaded in ${(seeded.ms / 1000).toFixed(1)} s: ${seeded.members.toLocaleString('en')} members, ` +
      `${seeded.deliveries.toLocaleString('en')} deliveries, ${seeded.rsvps.toLocaleString('en')} RSVPs`,
  );
  client.release();

  const today = DateTime.now().setZone('Europe/Helsinki').toISODate() ?? '';
  const ranges = [
    { label: '1 year', range: resolveRange({}, today) },
    { label: '10 years', range: resolveRange({ from: DateTime.fromISO(today).minus({ years: 10 }).plus({ days: 1 }).toISODate() ?? '', to: today }, today) },
  ];
  log();
  log(`${'panel'.padEnd(12)} ${'range'.padEnd(9)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'baseline ms'.padStart(12)} ${'ratio'.padStart(7)}  result`);
  for (const panel of insightPanels) {
    const counts = tablesOf[panel].map((t) => `(select count(*) from ${t})`).join(', ');
    const baseline = await timed(() => database.pool.query(`select ${counts}`));
    for (const { label, range } of ranges) {
      const result = await timed(() => insightPanel(database.db, panel, range));
      const ok = result.median < targetMs;
      if (!ok) slow++;
      log(
        `${panel.padEnd(12)} ${label.padEnd(9)} ${result.median.toFixed(1).padStart(10)} ${result.p95.toFixed(1).padStart(8)} ` +
          `${baseline.median.toFixed(1).padStart(12)} ${(result.median / Math.max(baseline.median, 0.01)).toFixed(2).padStart(7)}  ${ok ? 'OK' : 'SLOW'} (< ${targetMs} ms)`,
      );
    }
  }
  await database.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await server.stop();
}
log();
log(slow === 0 ? `every panel answered in under ${targetMs} ms` : `${slow} panel timings over ${targetMs} ms`);
process.exit(slow === 0 ? 0 : 1);
