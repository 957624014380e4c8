import { withDatabase } from './shared.js';

await withDatabase(async () => {
  console.log('migrations applied');
});
