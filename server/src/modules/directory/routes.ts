import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZDirectoryFacets, ZDirectoryPage, ZDirectoryQuery, ZIdParams, ZPublicProfile } from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireAuth } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import * as directory from './service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route sets its own Cache-Control, which the API-wide `no-store` must then leave alone. */
    ownCacheControl?: boolean;
  }
}

/** `v` is the photo's version from its URL: a versioned URL never changes content, so it may be cached. */
const ZPhotoQuery = z.strictObject({ v: z.string().max(40).optional() });

const viewerOf = (request: FastifyRequest): directory.DirectoryViewer => {
  const { user } = actorOf(request);
  return { id: user.id, role: user.role };
};

export async function directoryRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];
  const facets = directory.createFacetCache();

  r.get(
    '/directory',
    {
      onRequest: requireAuth,
      schema: { tags, summary: 'Search the alumni directory (ranked, typo-tolerant); rate-limited per viewer', querystring: ZDirectoryQuery, response: { 200: ZDirectoryPage } },
    },
    async (request) => directory.searchDirectory(deps.db, viewerOf(request), request.query),
  );

  r.get(
    '/directory/facets',
    { onRequest: requireAuth, schema: { tags, summary: 'Departments and cities the directory filters offer', response: { 200: ZDirectoryFacets } } },
    async (request) => directory.directoryFacets(deps.db, facets, viewerOf(request), actorOf(request).user.language),
  );

  r.get(
    '/directory/:id',
    { onRequest: requireAuth, schema: { tags, summary: "A member's profile page as the viewer may see it", params: ZIdParams, response: { 200: ZPublicProfile } } },
    async (request) => directory.directoryProfile(deps.db, viewerOf(request), request.params.id),
  );

  r.get(
    '/members/:id/photo',
    {
      onRequest: requireAuth,
      config: { ownCacheControl: true },
      schema: { tags, summary: "A member's photo, for those who may see the member", params: ZIdParams, querystring: ZPhotoQuery },
    },
    async (request, reply) => {
      const photo = await directory.memberPhoto(deps.db, viewerOf(request), request.params.id);
      // Private: the photo is only for signed-in viewers who may see the member.
      void reply.header('etag', photo.etag).header('cache-control', request.query.v ? 'private, max-age=86400' : 'private, no-cache');
      if (directory.matchesEtag(request.headers['if-none-match'], photo.etag)) return reply.code(304).send();
      return reply.type(photo.mimeType).send(photo.content);
    },
  );
}
