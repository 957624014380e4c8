import type { FastifyInstance } from 'fastify';
import type { FeatureDeps } from '../deps.js';

export async function membershipRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  void app;
  void deps;
  await Promise.resolve();
}
