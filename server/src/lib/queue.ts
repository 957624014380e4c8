import PgBoss from 'pg-boss';
import type { z } from 'zod';

/** A job's contract: its queue name and payload schema. Payloads carry ids, never whole rows. */
export interface JobSpec<S extends z.ZodType> {
  name: string;
  schema: S;
  retryLimit?: number;
}

export const defineJob = <S extends z.ZodType>(name: string, schema: S, retryLimit = 8): JobSpec<S> => ({
  name,
  schema,
  retryLimit,
});

export interface JobHandler {
  spec: JobSpec<z.ZodType>;
  /** Re-reads what it needs and does nothing if the work is gone or already done: jobs run at least once. */
  run: (payload: unknown) => Promise<void>;
}

export const handleJob = <S extends z.ZodType>(spec: JobSpec<S>, run: (payload: z.infer<S>) => Promise<void>): JobHandler => ({
  spec,
  run: (payload) => run(spec.schema.parse(payload)),
});

export interface Queue {
  send: <S extends z.ZodType>(spec: JobSpec<S>, payload: z.input<S>) => Promise<void>;
}

export interface QueueOptions {
  pollingIntervalSeconds?: number;
  /** First retry delay; later ones back off exponentially. */
  retryDelaySeconds?: number;
  log?: (msg: string, err?: unknown) => void;
}

/** The pg-boss queue on the application's own database. */
export class BossQueue implements Queue {
  readonly boss: PgBoss;
  private readonly created = new Set<string>();
  private workersStarted = false;

  constructor(
    databaseUrl: string,
    private readonly options: QueueOptions = {},
  ) {
    // Some payloads name an address (sign-in links, the erasure notice): finished jobs leave the
    // queue's tables within a day instead of pg-boss's default week.
    this.boss = new PgBoss({ connectionString: databaseUrl, max: 4, archiveCompletedAfterSeconds: 60 * 60, deleteAfterHours: 24 });
    this.boss.on('error', (err) => options.log?.('queue error', err));
  }

  async start(): Promise<void> {
    await this.boss.start();
  }

  private async ensureQueue(spec: JobSpec<z.ZodType>): Promise<void> {
    if (this.created.has(spec.name)) return;
    await this.boss.createQueue(spec.name, {
      name: spec.name,
      retryLimit: spec.retryLimit ?? 8,
      retryDelay: this.options.retryDelaySeconds ?? 5,
      retryBackoff: true,
      expireInSeconds: 15 * 60,
    });
    this.created.add(spec.name);
  }

  async send<S extends z.ZodType>(spec: JobSpec<S>, payload: z.input<S>): Promise<void> {
    const data: unknown = spec.schema.parse(payload);
    await this.ensureQueue(spec);
    await this.boss.send(spec.name, data as object);
  }

  async work(handlers: readonly JobHandler[]): Promise<void> {
    this.workersStarted = true;
    for (const h of handlers) {
      await this.ensureQueue(h.spec);
      await this.boss.work<unknown>(
        h.spec.name,
        { batchSize: 1, pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          for (const job of jobs) {
            try {
              await h.run(job.data);
            } catch (err) {
              this.options.log?.(`job ${h.spec.name} failed`, err);
              throw err;
            }
          }
        },
      );
    }
  }

  /** Runs a job on a cron schedule (Europe/Helsinki); pg-boss makes sure one process enqueues each run. */
  async schedule(spec: JobSpec<z.ZodType>, cron: string): Promise<void> {
    await this.ensureQueue(spec);
    await this.boss.schedule(spec.name, cron, {}, { tz: 'Europe/Helsinki' });
  }

  /** Lets running jobs finish (up to `timeoutMs`), then stops. */
  async stop(timeoutMs = 20_000): Promise<void> {
    await this.boss.stop({ graceful: this.workersStarted, wait: true, timeout: timeoutMs });
  }
}
