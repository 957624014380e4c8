import { ConfigError, loadConfig, type Config } from '../config.js';
import { connectDatabase, type Database } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { resolveDatabase } from '../runtime.js';

/** Runs a command against the migrated database (DATABASE_URL, or the embedded one, started if need be). */
export async function withDatabase(run: (database: Database, config: Config) => Promise<void>): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : err);
    process.exit(1);
  }
  const server = await resolveDatabase(config, (m) => console.log(m));
  const database = connectDatabase(server.url, 2);
  try {
    await runMigrations(server.url);
    await run(database, config);
  } finally {
    await database.close();
    await server.stop();
  }
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
