// pnpm bench:directory: the directory search endpoint at 100,000 members and 32 concurrent
// connections, beside a bare Fastify route that runs the same SQL statements (`directoryRows`)
// in the same run.
// Targets: the app's p95 under 30 ms, and at least half the bare route's throughput. The figures
// are printed, not asserted. Runs on a throwaway database that is dropped at the end.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { PgDialect } from 'drizzle-orm/pg-core';
import { ZDirectoryPage, ZDirectoryQuery, apiPaths } from '@alumni/shared';
import { loadConfig, repoRoot } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { runMigrations } from '../src/db/migrate.js';
import { directoryRows, type SearchRow } from '../src/modules/directory/service.js';
import type { ServerReady } from './directory-server.js';
import { seedDirectory } from '../src/db/bulk-members.js';

const memberCount = 100_000;
const connections = 32;
const seconds = 10;
const warmupSeconds = 2;
const targetP95Ms = 30;
const targetRatio = 0.5;

/**
 * What members ask for: the first page with nothing chosen (the directory's landing page, so the
 * commonest request), names (with typos, without accents, first and last, the start of a name),
 * words from profiles (a common one among them), and the filters, alone and together. Two
 * requests for a second page are added once the server runs (see `nextPages`). The facets are
 * timed apart, one request at a time (see `alone`).
 */
const firstPage = '';
const queries = [
  firstPage, 'q=Virtannen', 'q=sjoberg', 'q=Korhonen', 'q=mikko korhonen', 'q=Hämäläinen', 'q=hamalainen',
  firstPage, 'q=Lindqvist', 'q=Niemin', 'q=Lehtonnen', 'q=anna-kaisa', 'q=Westerlund', 'q=holmstrom',
  firstPage, 'q=Laine&city=Helsinki', 'q=Grönroos', 'q=satu virta', 'q=kotihoito', 'q=sairaanhoitaja&city=Tampere', 'q=fysioterapeutti&city=Lahti',
  firstPage, 'skill=Power BI', 'skill=lääkehoito&city=Oulu', 'department=IT&city=Espoo', 'mentor=true&department=Kuntoutus', 'speaker=true&city=Turku',
  'memberType=retiree&city=Vaasa', 'q=Virtanen&mentor=true',
].map((q) => new URLSearchParams(q).toString());
/** Queries whose second page joins the mix, with the cursor their first page gave. */
const nextPages = ['', 'q=kotihoito'];

const log = (line = '') => process.stdout.write(`${line}\n`);
/** A query as a person would read it: decoded, with a cursor shown as the page it asks for. */
const label = (q: string) =>
  q ? [...new URLSearchParams(q)].map(([k, v]) => (k === 'cursor' ? 'page 2' : `${k}=${v}`)).join(' & ') : '(first page)';
const started = performance.now();

const env = loadConfig();
const server = env.databaseUrl
  ? { url: env.databaseUrl, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', 'bench-postgres'), port: 54331, database: 'postgres' });
const name = `alumni_bench_directory_${process.pid}`;
const adminUrl = new URL(server.url);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`create database ${name}`);
const dbUrl = Object.assign(new URL(server.url), { pathname: `/${name}` }).toString();

interface Run {
  label: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  byQuery: Map<string, number[]>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** One load run: every request takes the next query (and, for the app, the next member's session). */
async function load(label: string, base: string, route: string, cookies: string[], duration: number): Promise<Run> {
  let next = 0;
  const latencies: number[] = [];
  const byQuery = new Map<string, number[]>();
  const options: autocannon.Options = {
    url: base,
    connections,
    duration,
    requests: [
      {
        setupRequest: (request, context) => {
          const i = next++;
          const query = queries[i % queries.length] ?? '';
          const cookie = cookies.length ? cookies[(i * 7919) % cookies.length] : undefined;
          Object.assign(context, { query, at: performance.now() });
          return { ...request, path: query ? `${route}?${query}` : route, headers: { ...request.headers, ...(cookie ? { cookie } : {}) } };
        },
        onResponse: (_status, _body, context) => {
          const c = context as { query?: string; at?: number };
          if (c.query === undefined || c.at === undefined) return;
          const list = byQuery.get(c.query) ?? [];
          list.push(performance.now() - c.at);
          byQuery.set(c.query, list);
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err: unknown, res: autocannon.Result) => {
      if (err) reject(err instanceof Error ? err : new Error('autocannon failed'));
      else resolve(res);
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    label,
    requests: latencies.length,
    perSecond: latencies.length / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    byQuery,
  };
}

/** The indexes each query's plans use, from EXPLAIN of the very statements the endpoint runs. */
async function plans(viewer: string): Promise<void> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const dialect = new PgDialect();
  log('query plans (EXPLAIN, member viewer): statements run, indexes used');
  for (const q of new Set(queries)) {
    const query = ZDirectoryQuery.parse(Object.fromEntries(new URLSearchParams(q)));
    const used = new Set<string>();
    const seq = new Set<string>();
    let statements = 0;
    let jit = false;
    await directoryRows(
      async (sqlStatement) => {
        const statement = dialect.sqlToQuery(sqlStatement);
        const plan = await client.query<{ 'QUERY PLAN': string }>(`explain ${statement.sql}`, statement.params);
        const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
        for (const m of text.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g)) if (m[1]) used.add(m[1]);
        for (const m of text.matchAll(/Seq Scan on (\w+)/g)) if (m[1]) seq.add(m[1]);
        jit ||= text.includes('JIT:');
        statements++;
        return (await client.query<SearchRow>(statement.sql, statement.params)).rows;
      },
      { id: viewer, role: 'member' },
      query,
    );
    const notes = [seq.size ? `[seq scan: ${[...seq].join(', ')}]` : '', jit ? '[JIT]' : ''].filter(Boolean).join(' ');
    log(`  ${label(q).padEnd(44)} ${String(statements)}  ${[...used].join(', ')}${notes ? `  ${notes}` : ''}`);
  }
  await client.end();
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);

/** The median time of a few requests sent one after another. */
async function alone(base: string, route: string, cookie: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const at = performance.now();
    const res = await fetch(new URL(route, base), { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${route}: ${res.status}`);
    times.push(performance.now() - at);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

try {
  await runMigrations(dbUrl);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  log(`seeding ${memberCount.toLocaleString('en')} verified members`);
  const seeded = await seedDirectory(client, memberCount, log);
  const counts = await client.query<{ visibility: string; n: string }>('select directory_visibility as visibility, count(*) as n from members group by 1 order by 1');
  const shown: Record<string, string> = { members: 'visible to members', staff: 'to staff only', hidden: 'hidden' };
  log(`seeded in ${(seeded.ms / 1000).toFixed(1)} s: ${counts.rows.map((r) => `${r.n} ${shown[r.visibility] ?? r.visibility}`).join(', ')}; ${seeded.periods} employment periods`);
  await client.end();

  const child = fork(fileURLToPath(new URL('./directory-server.ts', import.meta.url)), [], {
    env: { ...process.env, BENCH_DATABASE_URL: dbUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ServerReady));
    child.once('exit', (code) => reject(new Error(`the bench server stopped (${String(code)})`)));
  });
  for (const base of nextPages) {
    const res = await fetch(new URL(`${apiPaths.directory}?${base}`, ready.appUrl), { headers: { cookie: ready.cookies[0] ?? '' } });
    const page = ZDirectoryPage.parse(await res.json());
    if (!page.nextCursor) throw new Error(`no second page for "${base}"`);
    queries.push(new URLSearchParams([...new URLSearchParams(base), ['cursor', page.nextCursor]]).toString());
  }
  const viewerId = await (async () => {
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const r = await c.query<{ user_id: string }>('select user_id from sessions limit 1');
    await c.end();
    return r.rows[0]?.user_id ?? '';
  })();
  await plans(viewerId);

  // Other work on the machine skews every figure; the load average says how much there was.
  log(`\nmachine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log(`load: ${connections} connections, ${seconds} s each after ${warmupSeconds} s of warm-up, ${queries.length} queries in turn, ${ready.cookies.length} members signed in`);
  await load('warm-up', ready.appUrl, apiPaths.directory, ready.cookies, warmupSeconds);
  const app = await load('app', ready.appUrl, apiPaths.directory, ready.cookies, seconds);
  await load('warm-up', ready.bareUrl, '/bare/directory', [], warmupSeconds);
  const bare = await load('bare', ready.bareUrl, '/bare/directory', [], seconds);
  log(`load average after the load runs: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log('\none request at a time, app (median of 5, ms):');
  for (const [label, route] of [
    ['first page, nothing chosen', apiPaths.directory],
    ['facets', apiPaths.directoryFacets],
    ['q=Virtannen', `${apiPaths.directory}?q=Virtannen`],
    ['q=kotihoito (a common word)', `${apiPaths.directory}?q=kotihoito`],
    ['skill=Excel (a common skill)', `${apiPaths.directory}?skill=Excel`],
  ] as const) {
    log(`  ${label.padEnd(44)} ${fmt(await alone(ready.appUrl, route, ready.cookies.at(-1) ?? ''))}`);
  }
  child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));

  log(`\n${'endpoint'.padEnd(34)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  non-2xx  errors`);
  for (const r of [
    { ...app, label: `app ${apiPaths.directory}` },
    { ...bare, label: 'bare route, same SQL' },
  ]) {
    log(`${r.label.padEnd(34)} ${r.perSecond.toFixed(0).padStart(8)} ${fmt(r.p50)} ${fmt(r.p95)} ${fmt(r.p99)}  ${String(r.non2xx).padStart(7)}  ${String(r.errors).padStart(6)}`);
  }
  const ratio = app.perSecond / bare.perSecond;
  log(`\napp p95: ${app.p95.toFixed(1)} ms against a target of ${targetP95Ms} ms (${app.p95 <= targetP95Ms ? 'met' : 'missed'})`);
  log(`app throughput / bare throughput: ${ratio.toFixed(2)} against a target of at least ${targetRatio} (${ratio >= targetRatio ? 'met' : 'missed'})`);
  log(`app p95 / bare p95: ${(app.p95 / bare.p95).toFixed(2)}`);

  log('\nper query under load, app then bare (p50 / p95 ms):');
  for (const q of new Set(queries)) {
    const a = [...(app.byQuery.get(q) ?? [])].sort((x, y) => x - y);
    const b = [...(bare.byQuery.get(q) ?? [])].sort((x, y) => x - y);
    log(`  ${label(q).padEnd(44)} ${fmt(percentile(a, 50))} / ${fmt(percentile(a, 95))}   ${fmt(percentile(b, 50))} / ${fmt(percentile(b, 95))}`);
  }
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await server.stop();
  log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
