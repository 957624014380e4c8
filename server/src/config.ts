import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, whether running from src/ (tsx, vitest) or dist/. */
export const repoRoot = path.resolve(here, '../..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  APP_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z.url().optional(),
  EMBEDDED_PG_PORT: port.default(54329),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SMTP_URL: z.url().optional(),
  SMTP_CATCHER_PORT: port.default(1025),
  MAIL_FROM: z.string().min(3).default('Alumni <alumni@localhost>'),
  MAIL_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(5),
  MAIL_RATE_PER_SECOND: z.coerce.number().min(0).max(10_000).default(0),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).default(60 * 24),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  SEED_DEMO: bool.optional(),
  RUN_WORKERS: bool.default(true),
  WEB_DIST_DIR: z.string().min(1).optional(),
  ORG_NAME: z.string().min(1).max(100).default('Esimerkki Hoiva Alumni'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  appUrl: string;
  logLevel: string;
  trustProxy: boolean;
  dataDir: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded one is started. */
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  databasePoolSize: number;
  /** Set when a real SMTP server is used; otherwise the local catcher is started. */
  smtpUrl: string | undefined;
  smtpCatcherPort: number;
  mailFrom: string;
  /** SMTP connections each process keeps open. */
  mailPoolSize: number;
  /** The most messages a second each process sends; 0 for no limit (the relay's own limit applies). */
  mailRatePerSecond: number;
  jwtSecret: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  seedDemo: boolean;
  runWorkers: boolean;
  webDistDir: string;
  orgName: string;
  cookieSecure: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A development secret kept in the data folder, so sessions survive restarts of the default run. */
function localSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/** Parses the environment once; every wrong variable is named in one error. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    // In production nothing falls back to the local conveniences: no embedded database, no catcher.
    const missing = [
      !e.JWT_SECRET && 'JWT_SECRET: required in production (at least 32 characters)',
      !e.DATABASE_URL && 'DATABASE_URL: required in production',
      !e.SMTP_URL && 'SMTP_URL: required in production',
    ].filter((m): m is string => typeof m === 'string');
    if (missing.length) throw new ConfigError(missing);
  }
  const dataDir = path.resolve(repoRoot, e.DATA_DIR);
  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    appUrl,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    smtpUrl: e.SMTP_URL,
    smtpCatcherPort: e.SMTP_CATCHER_PORT,
    mailFrom: e.MAIL_FROM,
    mailPoolSize: e.MAIL_POOL_SIZE,
    mailRatePerSecond: e.MAIL_RATE_PER_SECOND,
    jwtSecret: e.JWT_SECRET ?? localSecret(dataDir),
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    seedDemo: e.SEED_DEMO ?? !e.DATABASE_URL,
    runWorkers: e.RUN_WORKERS,
    webDistDir: path.resolve(repoRoot, e.WEB_DIST_DIR ?? 'web/dist'),
    orgName: e.ORG_NAME,
    cookieSecure: appUrl.startsWith('https://'),
  };
}
