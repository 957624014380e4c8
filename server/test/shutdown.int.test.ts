import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.js';
import { BossQueue, defineJob, handleJob } from '../src/lib/queue.js';
import { startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('graceful shutdown', () => {
  it('lets a running request finish, then closes its kept-alive connection', async () => {
    const app = await buildApp(t.config, { database: t.database, queue: t.queue });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    app.get('/api/test-slow', async () => {
      await gate;
      return { finished: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const running = fetch(`http://127.0.0.1:${port}/api/test-slow`);
    await new Promise((r) => setTimeout(r, 100));
    const closing = app.close();
    setTimeout(release, 300);
    const res = await running;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    await closing;
  });

  it('lets a running job finish before the workers stop', async () => {
    const queue = new BossQueue(t.config.databaseUrl ?? '', { pollingIntervalSeconds: 0.5 });
    await queue.start();
    const spec = defineJob('test.slow-job', z.object({ n: z.number() }));
    const events: string[] = [];
    await queue.work([
      handleJob(spec, async ({ n }) => {
        events.push(`start ${n}`);
        await new Promise((r) => setTimeout(r, 1200));
        events.push(`end ${n}`);
      }),
    ]);
    await queue.send(spec, { n: 1 });
    for (let i = 0; i < 50 && !events.includes('start 1'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(events).toEqual(['start 1']);
    await queue.stop(10_000);
    expect(events).toEqual(['start 1', 'end 1']);
  });
});
