import { parseArgs } from 'node:util';
import { largeSeed } from '../db/large-seed.js';
import { seedOnce } from '../runtime.js';
import { fail, withDatabase } from './shared.js';

const { values } = parseArgs({
  options: {
    /** 100,000 members, 1,000,000 deliveries and 50,000 RSVPs, for measuring the dashboard. */
    large: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1' },
  },
});
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0 || scale > 10) fail('--scale takes a number above 0 and at most 10.');

await withDatabase(async (database) => {
  if (values.large) {
    const client = await database.pool.connect();
    try {
      const seeded = await largeSeed(client, { scale, log: (m) => console.log(m) });
      console.log(
        `large data set loaded in ${(seeded.ms / 1000).toFixed(1)} s: ${seeded.members.toLocaleString('en')} members, ` +
          `${seeded.deliveries.toLocaleString('en')} deliveries, ${seeded.rsvps.toLocaleString('en')} RSVPs`,
      );
    } catch (err) {
      fail(err instanceof Error ? err.message : String(err));
    } finally {
      client.release();
    }
    return;
  }
  const accounts = await seedOnce(database, (m) => console.log(m));
  if (!accounts) {
    console.log('demo data was already loaded; nothing changed');
    return;
  }
  console.log('demo sign-ins:');
  for (const a of accounts) console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(34)} ${a.password}`);
});
