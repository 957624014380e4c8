import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths } from '@alumni/shared';
import { oneTimeTokens, rateLimits, sessions, users } from '../src/db/schema.js';
import { cleanup } from '../src/jobs.js';
import { Agent, createUser, mailTo, signInAs, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('mail jobs', () => {
  it('retry until the SMTP server is back, and the mail then arrives', async () => {
    const user = await createUser(t.db);
    const port = t.mail.port;
    await t.mail.close();
    const res = await new Agent(t.app).post(apiPaths.magicLink, { email: user.email });
    expect(res.statusCode).toBe(202);
    // Let the first attempt fail against the closed port.
    await new Promise((r) => setTimeout(r, 1500));
    await t.mail.start(port);
    const mail = await t.mail.waitFor(mailTo(user.email), 20_000);
    expect(mail.subject).toMatch(/sign-in link/);
    const job = await t.db.execute<{ retry_count: number; state: string }>(
      sql`select retry_count, state from pgboss.job where name = 'auth.send-magic-link' and data->>'email' = ${user.email}`,
    );
    expect(job.rows[0]?.retry_count).toBeGreaterThanOrEqual(1);
  });
});

describe('maintenance', () => {
  it('deletes spent tokens, ended sessions, old rate-limit windows and stale unconfirmed signups, nothing else', async () => {
    const stale = await createUser(t.db, { status: 'pending' });
    const fresh = await createUser(t.db, { status: 'pending' });
    const { user: active } = await signInAs(t, 'member');
    await t.db.execute(sql`update users set created_at = now() - interval '31 days' where id = ${stale.id}`);
    await t.db.insert(oneTimeTokens).values([
      { userId: active.id, purpose: 'magic_link', tokenHash: 'old-token-hash', expiresAt: new Date(Date.now() - 8 * 86_400_000) },
      { userId: active.id, purpose: 'magic_link', tokenHash: 'live-token-hash', expiresAt: new Date(Date.now() + 600_000) },
    ]);
    await t.db.insert(sessions).values({ userId: active.id, expiresAt: new Date(Date.now() - 8 * 86_400_000) });
    await t.db.insert(rateLimits).values({ key: 'old-window', windowStart: new Date(Date.now() - 2 * 86_400_000), count: 3 });

    await cleanup(t.db);

    const ids = (await t.db.select({ id: users.id }).from(users)).map((u) => u.id);
    expect(ids).not.toContain(stale.id);
    expect(ids).toContain(fresh.id);
    expect(ids).toContain(active.id);
    const hashes = (await t.db.select().from(oneTimeTokens)).map((r) => r.tokenHash);
    expect(hashes).toContain('live-token-hash');
    expect(hashes).not.toContain('old-token-hash');
    const activeSessions = await t.db.select().from(sessions).where(eq(sessions.userId, active.id));
    expect(activeSessions).toHaveLength(1);
    expect(await t.db.select().from(rateLimits).where(eq(rateLimits.key, 'old-window'))).toHaveLength(0);
  });
});
