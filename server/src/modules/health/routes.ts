import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZHealth, ZReady } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { sql } from 'drizzle-orm';
import { AppError } from '../../lib/errors.js';

export async function healthRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/health', { schema: { tags: ['health'], summary: 'The process is alive', response: { 200: ZHealth } } }, async () => ({ status: 'ok' as const }));
  r.get('/ready', { schema: { tags: ['health'], summary: 'The database answers', response: { 200: ZReady } } }, async () => {
    try {
      await deps.db.execute(sql`select 1`);
    } catch {
      throw new AppError('unavailable', 'The database is not reachable');
    }
    return { status: 'ready' as const, database: 'ok' as const };
  });
}
