import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { repoRoot } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { runMigrations } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database each test file clones its own from. */
    templateUrl: string;
  }
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * Migrates one template database per run (DATABASE_URL's server, or an embedded PostgreSQL when it
 * is not set); every test file then gets a fresh copy of it, so files never see each other's rows.
 */
export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  const server = given
    ? { url: given, stop: () => Promise.resolve() }
    : await startEmbeddedPostgres({ dataDir: path.join(repoRoot, '.data', 'test-postgres'), port: 54330, database: 'postgres' });
  const template = `alumni_test_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(server.url, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${template} with (force)`);
  await admin.query(`create database ${template}`);
  const templateUrl = withDatabase(server.url, template);
  await runMigrations(templateUrl);
  // pg-boss creates its schema on first start; doing it once here spares every test file the wait.
  const boss = new PgBoss({ connectionString: templateUrl, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  project.provide('templateUrl', templateUrl);
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
    await server.stop();
  };
}
