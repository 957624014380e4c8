// The servers the directory benchmark measures, in a process of their own so that the load
// generator does not share their event loop: the real app, and a bare Fastify route that runs the
// same SQL statements (`directoryRows`) with no session, no rate limit, no validation and no
// response schema.
import Fastify from 'fastify';
import pg from 'pg';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { MemberType } from '@alumni/shared';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/client.js';
import { BossQueue } from '../src/lib/queue.js';
import { directoryRows, type DirectorySearch, type SearchRow } from '../src/modules/directory/service.js';

export interface ServerReady {
  type: 'ready';
  appUrl: string;
  bareUrl: string;
  /** Session cookies of distinct verified members, as the app's own sign-in sets them. */
  cookies: string[];
}

const dbUrl = process.env.BENCH_DATABASE_URL ?? '';
const sessionCount = Number(process.env.BENCH_SESSIONS ?? '2000');
if (!dbUrl || !process.send) throw new Error('run by bench/directory.ts');

const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: dbUrl,
  SMTP_URL: 'smtp://127.0.0.1:9',
  JWT_SECRET: 'bench-secret-that-is-long-enough-for-hmac-use',
  LOG_LEVEL: 'info',
  RUN_WORKERS: 'false',
});
const database = connectDatabase(dbUrl, config.databasePoolSize);
const queue = new BossQueue(dbUrl);
await queue.start();
// Production logs every request at info level; the lines go nowhere, but they are written.
const app = await buildApp(config, { database, queue, logStream: { write: () => undefined } });
await app.ready();

// Sessions as sign-in creates them, for members spread over the base, so that each stays far
// below the production search limit while all of them together keep the server busy.
const sessions = await database.pool.query<{ id: string; user_id: string; expires_at: Date }>(
  `insert into sessions (user_id, expires_at)
   select m.user_id, now() + interval '1 day' from members m
    where m.directory_visibility = 'members' and m.verification_status = 'verified'
    order by m.user_id limit $1
   returning id, user_id, expires_at`,
  [sessionCount],
);
const cookies = sessions.rows.map((s) => `alumni_session=${app.jwt.sign({ sid: s.id, sub: s.user_id }, { expiresIn: 86_400 })}`);
const viewer = sessions.rows[0]?.user_id;
if (!viewer) throw new Error('no members to sign in as');

const bare = Fastify({ logger: false });
const barePool = new pg.Pool({ connectionString: dbUrl, max: config.databasePoolSize });
const dialect = new PgDialect();
type Raw = Partial<Record<'q' | 'skill' | 'department' | 'city' | 'memberType' | 'mentor' | 'speaker' | 'openToReturn' | 'limit' | 'cursor', string>>;
const flag = (v: string | undefined) => (v === undefined ? undefined : v === 'true');
bare.get('/bare/directory', async (request) => {
  const raw = request.query as Raw;
  const query: DirectorySearch = {
    limit: Number(raw.limit ?? 25),
    q: raw.q,
    skill: raw.skill,
    department: raw.department,
    city: raw.city,
    memberType: raw.memberType as MemberType | undefined,
    mentor: flag(raw.mentor),
    speaker: flag(raw.speaker),
    openToReturn: flag(raw.openToReturn),
    cursor: raw.cursor,
  };
  return directoryRows(
    async (sqlStatement) => {
      const statement = dialect.sqlToQuery(sqlStatement);
      return (await barePool.query<SearchRow>(statement.sql, statement.params)).rows;
    },
    { id: viewer, role: 'member' },
    query,
  );
});

const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
const ready: ServerReady = { type: 'ready', appUrl, bareUrl, cookies };
process.send(ready);

process.on('message', (message) => {
  if (message !== 'stop') return;
  void (async () => {
    await bare.close();
    await app.close();
    await barePool.end();
    await queue.stop(1000);
    await database.close();
    process.exit(0);
  })();
});
