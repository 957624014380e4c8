import { seedOnce } from '../runtime.js';
import { withDatabase } from './shared.js';

await withDatabase(async (database) => {
  const accounts = await seedOnce(database, (m) => console.log(m));
  if (!accounts) {
    console.log('demo data was already loaded; nothing changed');
    return;
  }
  console.log('demo sign-ins:');
  for (const a of accounts) console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(34)} ${a.password}`);
});
