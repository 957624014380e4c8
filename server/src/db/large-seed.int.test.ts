import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { largeSeed } from './large-seed.js';

/* The large data set at a hundredth of its size, in a database of its own. */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(async () => {
  await t.close();
});

const count = async (query: string) => {
  const res = await t.database.pool.query<{ n: string }>(query);
  return Number(res.rows[0]?.n ?? -1);
};

describe('the large data set', () => {
  it('loads members, deliveries and RSVPs in proportion, consistent with the schema, and refuses a second load', async () => {
    const client = await t.database.pool.connect();
    try {
      const seeded = await largeSeed(client, { scale: 0.01 });
      expect(seeded.members).toBe(1000);
      expect(await count(`select count(*) as n from members`)).toBe(1000);
      expect(seeded.deliveries).toBe(await count(`select count(*) as n from deliveries`));
      expect(seeded.deliveries).toBe(12 * 833);
      expect(seeded.rsvps).toBe(await count(`select count(*) as n from event_rsvps`));
      expect(seeded.rsvps).toBeGreaterThan(400);
      expect(seeded.rsvps).toBeLessThan(600);
      // Every member type and flag stage is there; opens only where a mail was sent.
      expect(await count(`select count(distinct member_type) as n from members`)).toBe(5);
      expect(await count(`select count(distinct stage) as n from talent_flags`)).toBe(6);
      expect(await count(`select count(*) as n from deliveries where opened_at is not null and status <> 'sent'`)).toBe(0);
      expect(await count(`select count(*) as n from event_rsvps where checked_in_at is not null and status <> 'going'`)).toBe(0);
      expect(await count(`select count(*) as n from rehires`)).toBe(await count(`select count(*) as n from talent_flags where stage = 'rehired'`));
      await expect(largeSeed(client, { scale: 0.01 })).rejects.toThrow(/already holds members/);
    } finally {
      client.release();
    }
  }, 120_000);
});
