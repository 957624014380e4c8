import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import type { z } from 'zod';
import { ZErrorBody, ZSessionInfo, ZUser, apiPaths, csrfCookieName, csrfHeaderName, type Role, type UserStatus, type VerificationStatus } from '@alumni/shared';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { connectDatabase, type Database } from '../src/db/client.js';
import { members, users, type UserRow } from '../src/db/schema.js';
import { allJobHandlers } from '../src/jobs.js';
import { BossQueue } from '../src/lib/queue.js';
import { MailCatcher, type CaughtMail } from '../src/mail/catcher.js';
import { createMailer } from '../src/mail/mailer.js';
import { hashPassword } from '../src/modules/auth/passwords.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  db: Database['db'];
  mail: MailCatcher;
  queue: BossQueue;
  /** Every log line the app wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  config: Config;
  close: () => Promise<void>;
}

async function cloneTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const templateUrl = inject('templateUrl');
  const name = `alumni_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  const template = new URL(templateUrl).pathname.slice(1);
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl.toString() });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

/** The real app on its own database, with a real SMTP server in the test process and workers running. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const clone = await cloneTemplate();
  const mail = new MailCatcher();
  await mail.start(0);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: clone.url,
    SMTP_URL: mail.url,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hmac-use',
    LOG_LEVEL: 'warn',
    APP_URL: 'http://localhost:3000',
    MAIL_FROM: 'Alumni <alumni@test.example>',
    ...env,
  });
  const database = connectDatabase(clone.url, 5);
  const queue = new BossQueue(clone.url, { pollingIntervalSeconds: 0.5, retryDelaySeconds: 1 });
  await queue.start();
  const mailer = createMailer(mail.url, config.mailFrom);
  // Temporary SMTP failures are retried after a second, not half a minute.
  await queue.work(allJobHandlers({ db: database.db, mailer, queue, config, deliveryOptions: { retryBaseSeconds: 1 } }));
  const logs: Array<Record<string, unknown>> = [];
  const logStream = { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) };
  const app = await buildApp(config, { database, queue, logStream });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    mail,
    queue,
    logs,
    config,
    close: async () => {
      await app.close();
      await queue.stop(5_000);
      mailer.close();
      await database.close();
      await mail.close();
      await clone.drop();
      // A 500 or any other error the app logged fails the file, even where no assertion looked.
      const errors = logs.filter((l) => typeof l.level === 'number' && l.level >= 50);
      if (errors.length) throw new Error(`the app logged errors:\n${errors.map((e) => JSON.stringify(e)).join('\n')}`);
    },
  };
}

/** A browser-like client over inject(): keeps cookies and sends the CSRF header as the SPA does. */
export class Agent {
  private readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: FastifyInstance,
    // Each client its own address, as separate browsers would have, so per-IP limits apply per client.
    readonly ip = `127.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`,
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  forgetCookie(name: string): void {
    this.cookies.delete(name);
  }

  async request(opts: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (opts.method ?? 'GET').toUpperCase();
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (unsafe && opts.csrf !== false && !this.cookies.has(csrfCookieName)) {
      await this.request({ method: 'GET', url: apiPaths.csrf });
    }
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string> | undefined) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (unsafe && opts.csrf !== false) headers[csrfHeaderName] = this.cookies.get(csrfCookieName) ?? '';
    const res = await this.app.inject({ ...opts, method: method as InjectOptions['method'], headers, remoteAddress: this.ip });
    for (const c of res.cookies) {
      const expired = c.maxAge === 0 || (c.expires instanceof Date && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, body?: unknown) {
    return this.request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }) });
  }
  patch(url: string, body: unknown) {
    return this.request({ method: 'PATCH', url, payload: body as InjectOptions['payload'] });
  }
}

let counter = 0;
export const uniqueEmail = (prefix = 'user') => `${prefix}.${Date.now().toString(36)}${(counter++).toString(36)}@test.example`;
export const defaultPassword = 'correct horse battery';

export interface UserOverrides {
  role?: Role;
  status?: UserStatus;
  email?: string;
  password?: string | null;
  firstName?: string;
  lastName?: string;
  language?: 'fi' | 'sv' | 'en';
  /** A member's verification; members are verified unless a test says otherwise. */
  verification?: VerificationStatus;
  /** Profile fields of a member. */
  member?: Partial<Omit<typeof members.$inferInsert, 'userId'>>;
}

/** A user row with unique values; members get a profile row as registration would give them. */
export async function createUser(db: Database['db'], o: UserOverrides = {}): Promise<UserRow> {
  const role = o.role ?? 'member';
  const status = o.status ?? 'active';
  const password = o.password === undefined ? defaultPassword : o.password;
  const [row] = await db
    .insert(users)
    .values({
      email: o.email ?? uniqueEmail(role),
      passwordHash: password ? await hashPassword(password) : null,
      role,
      status,
      language: o.language ?? 'en',
      firstName: o.firstName ?? 'Test',
      lastName: o.lastName ?? 'User',
      emailVerifiedAt: status === 'pending' ? null : new Date(),
    })
    .returning();
  if (!row) throw new Error('no user row');
  if (role === 'member') {
    const verification = o.verification ?? 'verified';
    await db.insert(members).values({
      userId: row.id,
      verificationStatus: verification,
      verifiedAt: verification === 'verified' ? new Date() : null,
      ...o.member,
    });
  }
  return row;
}

/** An agent signed in as a fresh user of the role. */
export async function signInAs(t: TestApp, role: Role | UserOverrides): Promise<{ agent: Agent; user: UserRow }> {
  const o = typeof role === 'string' ? { role } : role;
  const user = await createUser(t.db, o);
  const agent = new Agent(t.app);
  const res = await agent.post(apiPaths.login, { email: user.email, password: o.password ?? defaultPassword });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return { agent, user };
}

/** The token in the first link of a mail that points at `path`. */
export function linkToken(mail: CaughtMail, path: string): string {
  const match = new RegExp(`${path.replace(/[/.]/g, '\\$&')}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail "${mail.subject}":\n${mail.text}`);
  return match[1];
}

export const mailTo = (address: string, subject?: RegExp) => (m: CaughtMail) =>
  m.to.includes(address.toLowerCase()) && (!subject || subject.test(m.subject));

/** A response body read through the API's own schema, so a test also checks the wire shape. */
export function bodyOf<S extends z.ZodType>(res: LightMyRequestResponse, schema: S): z.infer<S> {
  return schema.parse(res.json());
}
export const errorOf = (res: LightMyRequestResponse) => bodyOf(res, ZErrorBody).error;
export const sessionOf = (res: LightMyRequestResponse) => bodyOf(res, ZSessionInfo);
export const userOf = (res: LightMyRequestResponse) => bodyOf(res, ZUser);

/** A multipart/form-data body as a browser's FormData would send it. */
export function multipart(file: Buffer, o: { field?: string; filename?: string; type?: string } = {}) {
  const boundary = `----alumni${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${o.field ?? 'file'}"; filename="${o.filename ?? 'photo.jpg'}"\r\nContent-Type: ${o.type ?? 'image/jpeg'}\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
