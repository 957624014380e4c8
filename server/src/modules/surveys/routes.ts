import type { FastifyInstance } from 'fastify';
import type { FeatureDeps } from '../deps.js';

export async function surveysRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  void app;
  void deps;
}
