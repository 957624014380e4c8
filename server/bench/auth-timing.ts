// Prints how long the sign-in surface takes to answer for registered and for unknown addresses,
// measured in the same run. A ratio near 1.00 means the timing does not tell the two apart.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { apiPaths } from '@alumni/shared';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { runMigrations } from '../src/db/migrate.js';
import { members, users } from '../src/db/schema.js';
import { BossQueue } from '../src/lib/queue.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import { repoRoot } from '../src/config.js';
import path from 'node:path';

const rounds = 20;
const env = loadConfig();
const server = env.databaseUrl
  ? { url: env.databaseUrl, stop: () => Promise.resolve() }
  : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', 'bench-postgres'), port: 54331, database: 'postgres' });
const name = `alumni_bench_${process.pid}`;
const adminUrl = new URL(server.url);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(server.url);
url.pathname = `/${name}`;
const dbUrl = url.toString();

try {
  await runMigrations(dbUrl);
  const config = loadConfig({ DATABASE_URL: dbUrl, SMTP_URL: 'smtp://127.0.0.1:9', JWT_SECRET: 'bench-secret-that-is-long-enough-for-hmac', LOG_LEVEL: 'silent' });
  const database = connectDatabase(dbUrl, 5);
  const queue = new BossQueue(dbUrl);
  await queue.start();
  const app = await buildApp(config, { database, queue });
  await app.ready();

  const passwordHash = await hashPassword('correct horse battery');
  const known: string[] = [];
  for (let i = 0; i < rounds; i++) {
    const [u] = await database.db.insert(users).values({ email: `known${i}@bench.example`, passwordHash, status: 'active', emailVerifiedAt: new Date() }).returning();
    if (u) await database.db.insert(members).values({ userId: u.id });
    known.push(`known${i}@bench.example`);
  }

  let ipCounter = 0;
  async function timed(path: string, body: object): Promise<number> {
    const ip = `127.1.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;
    const csrf = await app.inject({ method: 'GET', url: apiPaths.csrf, remoteAddress: ip });
    const cookie = csrf.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const token = (csrf.json<{ csrfToken: string }>()).csrfToken;
    const start = performance.now();
    const res = await app.inject({ method: 'POST', url: path, payload: body, headers: { cookie, 'x-csrf-token': token }, remoteAddress: ip });
    const ms = performance.now() - start;
    if (res.statusCode >= 500 || res.statusCode === 429) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
    return ms;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

  const cases: Array<[string, (email: string, i: number) => [string, object]]> = [
    ['sign-in, wrong password', (email) => [apiPaths.login, { email, password: 'wrong password here' }]],
    ['registration', (email) => [apiPaths.register, { email, password: 'a new password 123', firstName: 'B', lastName: 'C', language: 'fi' }]],
    ['magic link request', (email) => [apiPaths.magicLink, { email }]],
    ['password reset request', (email) => [apiPaths.forgotPassword, { email }]],
  ];
  console.log(`auth timing, ${rounds} rounds each, median ms (registered vs unknown address)`);
  for (const [label, make] of cases) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const [p1, b1] = make(known[i] ?? '', i);
      a.push(await timed(p1, b1));
      const [p2, b2] = make(`unknown${i}.${label.length}.${Date.now()}@bench.example`, i);
      b.push(await timed(p2, b2));
    }
    const ma = median(a);
    const mb = median(b);
    console.log(`${label.padEnd(24)} registered ${ma.toFixed(1).padStart(6)}  unknown ${mb.toFixed(1).padStart(6)}  ratio ${(ma / mb).toFixed(2)}`);
  }
  await app.close();
  await queue.stop(1000);
  await database.close();
} finally {
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  await server.stop();
}
