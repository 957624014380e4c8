import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import type { Queue } from '../lib/queue.js';
import type { Mailer } from '../mail/mailer.js';
import type { SessionPolicy } from './auth/sessions.js';

/** What a feature's routes get: passed in explicitly, so a test can build any of them. */
export interface FeatureDeps {
  db: Db;
  queue: Queue;
  config: Config;
  policy: SessionPolicy;
}

/** What a feature's job handlers get. */
export interface JobDeps {
  db: Db;
  mailer: Mailer;
  config: Config;
}
