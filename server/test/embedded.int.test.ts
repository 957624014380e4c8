import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from '../src/db/embedded.js';

const base = mkdtempSync(path.join(os.tmpdir(), 'alumni-embedded-test-'));
const dataDir = path.join(base, 'postgres');
const port = 54350 + Math.floor(Math.random() * 40);
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

async function query(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const res = await client.query<{ n: number }>('select 1 as n');
  await client.end();
  return res.rows[0]?.n ?? 0;
}

const postmasterPid = () => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('the embedded PostgreSQL', () => {
  it('creates a cluster, lets a second starter join it, and keeps data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'alumni' });
    expect(first.startedHere).toBe(true);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('create table kept (v text)');
    await client.query("insert into kept values ('still here')");
    await client.end();

    const joined = await startEmbeddedPostgres({ dataDir, port: port + 1, database: 'alumni' });
    expect(joined.startedHere).toBe(false);
    expect(joined.url).toBe(first.url);
    await joined.stop();
    expect(await query(first.url)).toBe(1);

    await first.stop();
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);

    const again = await startEmbeddedPostgres({ dataDir, port, database: 'alumni' });
    const c = new pg.Client({ connectionString: again.url });
    await c.connect();
    expect((await c.query<{ v: string }>('select v from kept')).rows[0]?.v).toBe('still here');
    await c.end();
    await again.stop();
  });

  it('recovers a data folder left by a crash', async () => {
    await startEmbeddedPostgres({ dataDir, port, database: 'alumni' });
    const pid = postmasterPid();
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(pid, 0);
        await new Promise((r) => setTimeout(r, 100));
      } catch {
        break;
      }
    }
    // The killed server's children notice and exit; its pid file stays behind.
    await new Promise((r) => setTimeout(r, 500));
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(true);
    const recovered = await startEmbeddedPostgres({ dataDir, port, database: 'alumni' });
    expect(recovered.startedHere).toBe(true);
    expect(await query(recovered.url)).toBe(1);
    await recovered.stop();
  });

  it('says clearly when its port is taken', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const error = await startEmbeddedPostgres({ dataDir, port, database: 'alumni' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(EmbeddedDatabaseError);
      expect(String(error)).toMatch(new RegExp(`Port ${port} is already in use.*EMBEDDED_PG_PORT.*DATABASE_URL`));
    } finally {
      await new Promise((r) => blocker.close(r));
    }
    expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toContain(dataDir);
  });
});
