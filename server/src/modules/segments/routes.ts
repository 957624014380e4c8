import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams, ZOk, ZPageQuery, ZSegment, ZSegmentBody, ZSegmentCount, ZSegmentCountBody, ZSegmentPage } from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import * as segments from './service.js';

export async function segmentsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hr = requireRole('hr', 'admin');
  const tags = ['segments'];

  r.get('/admin/segments', { onRequest: hr, schema: { tags, summary: 'Saved audiences, by name', querystring: ZPageQuery, response: { 200: ZSegmentPage } } }, async (request) =>
    segments.listSegments(deps.db, request.query),
  );

  r.post('/admin/segments', { onRequest: hr, schema: { tags, summary: 'Save an audience', body: ZSegmentBody, response: { 201: ZSegment } } }, async (request, reply) =>
    reply.code(201).send(await segments.createSegment(deps.db, actorOf(request), request.body)),
  );

  r.post(
    '/admin/segments/count',
    {
      onRequest: hr,
      schema: {
        tags,
        summary: 'How many active, verified members the filters hold, and how many of them the channel may reach',
        body: ZSegmentCountBody,
        response: { 200: ZSegmentCount },
      },
    },
    async (request) => segments.countAudience(deps.db, request.body.filters, request.body.channel),
  );

  r.get('/admin/segments/:id', { onRequest: hr, schema: { tags, summary: 'One saved audience', params: ZIdParams, response: { 200: ZSegment } } }, async (request) =>
    segments.getSegment(deps.db, request.params.id),
  );

  r.patch('/admin/segments/:id', { onRequest: hr, schema: { tags, summary: 'Change a saved audience', params: ZIdParams, body: ZSegmentBody, response: { 200: ZSegment } } }, async (request) =>
    segments.updateSegment(deps.db, actorOf(request), request.params.id, request.body),
  );

  r.delete('/admin/segments/:id', { onRequest: hr, schema: { tags, summary: 'Delete a saved audience no event uses', params: ZIdParams, response: { 200: ZOk } } }, async (request) => {
    await segments.deleteSegment(deps.db, actorOf(request), request.params.id);
    return { ok: true as const };
  });
}
