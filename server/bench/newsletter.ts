// pnpm bench:newsletter: one newsletter to 100,000 seeded members through the whole pipeline (the
// start writes the deliveries in one statement; a worker process claims, renders and sends them
// over pooled SMTP) into a local SMTP sink, beside a bare nodemailer pool sending as many
// prerendered messages to the same sink in the same run. `-- --kill` kills the worker part way
// and starts another. Prints messages per second, their ratio, the sending process's peak memory,
// and the missing and duplicate deliveries as the sink counted them. Targets: ratio at least 0.8,
// peak under 256 MB, none missing, no duplicates (with --kill: no more than were in flight).
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { loadConfig, repoRoot } from '../src/config.js';
import { connectDatabase } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { runMigrations } from '../src/db/migrate.js';
import { newsletters } from '../src/db/schema.js';
import { newsletterKey, startNewsletter } from '../src/modules/newsletters/service.js';
import { buildIssue } from '../src/modules/newsletters/render.js';
import { seedDirectory } from '../src/db/bulk-members.js';
import type { WorkerResult } from './newsletter-worker.js';

const memberCount = Number(process.env.BENCH_MEMBERS ?? 100_000);
const kill = process.argv.includes('--kill');
const targetRatio = 0.8;
const targetPeakMb = 256;
const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** The sink: counts what each address received, and nothing else. */
async function startSink(): Promise<{ url: string; counts: Map<string, number>; total: () => number; close: () => Promise<void> }> {
  const counts = new Map<string, number>();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        for (const r of session.envelope.rcptTo) counts.set(r.address, (counts.get(r.address) ?? 0) + 1);
        total += session.envelope.rcptTo.length;
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `smtp://127.0.0.1:${port}`, counts, total: () => total, close: () => new Promise((r) => server.close(() => r())) };
}

function run(script: string, env: Record<string, string>): { done: Promise<WorkerResult | null>; kill: () => void } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, script)], { cwd: here, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  const done = new Promise<WorkerResult | null>((resolve, reject) =>
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') return resolve(null);
      if (code !== 0) return reject(new Error(`${script} exited ${String(code)}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? 'null') as WorkerResult);
    }),
  );
  return { done, kill: () => child.kill('SIGKILL') };
}

const env = loadConfig();
const server = env.databaseUrl
  ? { url: env.databaseUrl, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', 'bench-postgres'), port: 54332, database: 'postgres' });
const name = `alumni_bench_newsletter_${process.pid}`;
const adminUrl = Object.assign(new URL(server.url), { pathname: '/postgres' }).toString();
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const dbUrl = Object.assign(new URL(server.url), { pathname: `/${name}` }).toString();
const sink = await startSink();
const database = connectDatabase(dbUrl, 4);
try {
  await runMigrations(dbUrl);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  log(`seeding ${memberCount} members…`);
  const seeded = await seedDirectory(client, memberCount);
  // Everyone takes the newsletter; a third allow tracking, so their mails carry the pixel and redirects.
  await client.query(`insert into consents (member_id, channel, granted, source) select user_id, 'newsletter', true, 'signup' from members`);
  await client.query(`insert into consents (member_id, channel, granted, source) select user_id, 'tracking', true, 'signup' from members where hashint4(extract(epoch from joined_at)::int) % 3 = 0`);
  await client.query('analyze');
  await client.end();
  log(`seeded in ${(seeded.ms / 1000).toFixed(1)} s`);

  const config = { appUrl: 'http://localhost:3000', orgName: 'Esimerkki Hoiva Alumni' };
  const content = {
    subject: { fi: 'Hei {{first_name}}, kevään kuulumiset', sv: 'Hej {{first_name}}, vårens nyheter', en: 'Hello {{first_name}}, spring news' },
    preheader: { fi: 'Alumni-ilta, uusia työpaikkoja ja uutisia', sv: 'Alumnikväll, nya jobb och nyheter', en: 'Alumni evening, new jobs and news' },
    body: {
      fi: `# Kevään kuulumiset\n\nHei {{first_name}}!\n\n${'Alumniyhteisömme kasvaa, ja keväällä tapaamme taas. [Lue lisää](https://example.fi/kevat). '.repeat(12)}\n\n- Alumni-ilta Helsingissä\n- Kesätyöt opiskelijoille\n- Uusi mentorointiohjelma`,
      sv: `# Vårens nyheter\n\nHej {{first_name}}!\n\n${'Vår alumnigemenskap växer och i vår träffas vi igen. [Läs mer](https://example.fi/var). '.repeat(12)}`,
      en: `# Spring news\n\nHello {{first_name}}!\n\n${'Our alumni community is growing, and we meet again in spring. [Read more](https://example.fi/spring). '.repeat(12)}`,
    },
    defaultLanguage: 'fi' as const,
    blocks: { events: 0, newsIds: [] },
  };
  const [row] = await database.db.insert(newsletters).values({ ...content, status: 'scheduled', scheduledAt: new Date() }).returning();
  if (!row) throw new Error('no newsletter');
  const startAt = performance.now();
  await startNewsletter(database.db, config, row.id);
  log(`start (text frozen, ${memberCount} deliveries written in one statement): ${((performance.now() - startAt) / 1000).toFixed(1)} s`);

  const secret = 'bench-secret-bench-secret-bench-secret-bench';
  const workerEnv = { DATABASE_URL: dbUrl, SMTP_URL: sink.url, JWT_SECRET: secret, NEWSLETTER_ID: row.id, LEASE_SECONDS: kill ? '5' : '120' };
  const t0 = performance.now();
  let inFlight = 0;
  let result: WorkerResult | null;
  if (kill) {
    const first = run('newsletter-worker.ts', workerEnv);
    while (sink.total() < memberCount * 0.3) await new Promise((r) => setTimeout(r, 10));
    first.kill();
    await first.done;
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    inFlight = Number((await c.query<{ n: string }>(`select count(*) as n from deliveries where message_key = $1 and status = 'sending'`, [newsletterKey(row.id)])).rows[0]?.n ?? 0);
    await c.end();
    log(`killed the worker after ${sink.total()} messages; ${inFlight} deliveries were in flight (claimed, not recorded)`);
    result = await run('newsletter-worker.ts', workerEnv).done;
  } else {
    result = await run('newsletter-worker.ts', workerEnv).done;
  }
  const pipelineSeconds = (performance.now() - t0) / 1000;
  const received = sink.total();
  let missing = 0;
  let duplicates = 0;
  const emails = await database.db.execute<{ email: string }>(
    (await import('drizzle-orm')).sql`select u.email from deliveries d join users u on u.id = d.member_id where d.message_key = ${newsletterKey(row.id)}`,
  );
  for (const { email } of emails.rows) {
    const n = sink.counts.get(email) ?? 0;
    if (n === 0) missing++;
    else duplicates += n - 1;
  }

  // The baseline: the same Finnish mail, rendered once, sent as many times by a bare pool.
  const issue = buildIssue({ id: row.id, ...content }, { ...config, events: [], news: [] });
  const sample = issue.renditions.fi;
  const baseline = await run('newsletter-baseline.ts', { SMTP_URL: sink.url, COUNT: String(memberCount), HTML: sample.html, TEXT: sample.text, SUBJECT: sample.subject }).done;
  if (!baseline) throw new Error('the baseline was killed');
  const pipeRate = received / pipelineSeconds;
  const baseRate = baseline.handled / baseline.seconds;
  const ratio = pipeRate / baseRate;
  const peak = Number(mb(result?.peakRssBytes ?? 0));
  log(`\nmachine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log(`pipeline${kill ? ' (killed and restarted)' : ''}: ${received} messages in ${pipelineSeconds.toFixed(1)} s = ${pipeRate.toFixed(0)} messages/s`);
  log(`baseline (bare nodemailer pool, prerendered): ${baseline.handled} messages in ${baseline.seconds.toFixed(1)} s = ${baseRate.toFixed(0)} messages/s`);
  log(`ratio pipeline / baseline: ${ratio.toFixed(2)} against a target of at least ${targetRatio}${kill ? ' (the kill run waits out the dead worker\'s lease, so its ratio is not the target)' : ` (${ratio >= targetRatio ? 'met' : 'missed'})`}`);
  log(`peak memory of the sending process: ${peak} MB (baseline ${mb(baseline.peakRssBytes)} MB) against a target under ${targetPeakMb} MB (${peak < targetPeakMb ? 'met' : 'missed'})`);
  log(`missing: ${missing}, duplicates: ${duplicates}${kill ? `, in flight at the kill: ${inFlight} (${duplicates <= inFlight ? 'within' : 'more than'} the bound)` : ''}`);
  if (missing > 0 || (kill ? duplicates > inFlight : duplicates > 0)) process.exitCode = 1;
} finally {
  await database.close();
  await sink.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await server.stop();
}
