import { parseArgs } from 'node:util';
import { seedOnce } from '../runtime.js';
import { withDatabase } from './shared.js';

const { values } = parseArgs({ options: { large: { type: 'boolean', default: false } } });
if (values.large) console.log('--large data sets arrive with the analytics benchmarks; seeding the demo data');

await withDatabase(async (database) => {
  const accounts = await seedOnce(database, (m) => console.log(m));
  if (!accounts) {
    console.log('demo data was already loaded; nothing changed');
    return;
  }
  console.log('demo sign-ins:');
  for (const a of accounts) console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(34)} ${a.password}`);
});
