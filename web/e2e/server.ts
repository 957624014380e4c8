import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The built server as users run it (node server/dist/main.js serving web/dist), on a database of
 * its own: a fresh one on DATABASE_URL's server when set, else the embedded PostgreSQL.
 */
export async function startServer(opts: { port: number; smtpUrl: string }): Promise<RunningServer> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(opts.port),
    APP_URL: `http://localhost:${opts.port}`,
    SMTP_URL: opts.smtpUrl,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    NODE_ENV: 'development',
  };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'alumni-e2e-'));
  env.DATA_DIR = dataDir;
  let dropDatabase: () => Promise<void> = () => Promise.resolve();
  if (process.env.DATABASE_URL) {
    const name = `alumni_e2e_${process.pid}`;
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    env.EMBEDDED_PG_PORT = '54341';
  }
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://localhost:${opts.port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill('SIGINT');
      await exited;
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
