import type { FastifyInstance } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAdminSettings, ZBranding, ZOrgSettings, maxLogoBytes } from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { notFound } from '../../lib/errors.js';
import { readSingleUpload, type UploadRules } from '../../lib/upload.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import { logoTooLarge, processLogo } from './logo.js';
import { readAdminSettings, readBranding, readLogo, removeLogo, saveOrgSettings, storeLogo } from './service.js';

/** `v` is the logo's version from its address: a versioned address never changes content, so it may be cached for long. */
const ZLogoQuery = z.object({ v: z.string().max(40).optional() });

const logoUpload: UploadRules = { field: 'file', what: 'logo', choose: 'Choose a PNG, JPEG or WebP image', onlyOne: 'Send one logo only', tooLarge: logoTooLarge };

const yearSeconds = 365 * 24 * 60 * 60;

/** The logo's upload and removal, in their own scope so that only they take multipart bodies. */
async function logoRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: maxLogoBytes, files: 1, fields: 2, fieldSize: 1024, parts: 3, headerPairs: 50 } });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = requireRole('admin');
  const tags = ['settings'];
  r.put(
    '/admin/settings/logo',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: `Upload the logo (PNG, JPEG or WebP, at most ${maxLogoBytes / 1024} KB) as multipart field "file"; it is re-encoded without metadata`,
        consumes: ['multipart/form-data'],
        response: { 200: ZAdminSettings },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const logo = await processLogo((await readSingleUpload(request, logoUpload)).bytes);
      return storeLogo(deps.db, actor, deps.config, logo);
    },
  );
  r.delete('/admin/settings/logo', { onRequest: admin, schema: { tags, summary: 'Remove the logo', response: { 200: ZAdminSettings } } }, async (request) =>
    removeLogo(deps.db, actorOf(request), deps.config),
  );
}

/** The organisation's settings (admins) and the branding every page and mail takes from them (everyone). */
export async function settingsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = requireRole('admin');
  const tags = ['settings'];
  await app.register(logoRoutes, deps);

  r.get('/admin/settings', { onRequest: admin, schema: { tags, summary: "The organisation's settings and the logo's state", response: { 200: ZAdminSettings } } }, async () =>
    readAdminSettings(deps.db, deps.config),
  );

  r.put(
    '/admin/settings',
    {
      onRequest: admin,
      schema: {
        tags,
        summary: "Save the organisation's name, colours, languages and saving figures; colours need AA contrast with white text",
        body: ZOrgSettings,
        response: { 200: ZAdminSettings },
      },
    },
    async (request) => saveOrgSettings(deps.db, actorOf(request), deps.config, request.body),
  );

  r.get('/branding', { schema: { tags, summary: 'The name, colours, languages and logo address every page shows; no sign-in needed', response: { 200: ZBranding } } }, async () =>
    readBranding(deps.db, deps.config),
  );

  r.get(
    '/branding/logo',
    { config: { ownCacheControl: true }, schema: { tags, summary: "The organisation's logo; no sign-in needed", querystring: ZLogoQuery } },
    async (request, reply) => {
      const logo = await readLogo(deps.db);
      if (!logo) throw notFound('No logo has been set');
      const etag = `"logo-${logo.version}"`;
      void reply
        .header('etag', etag)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', request.query.v === logo.version ? `public, max-age=${yearSeconds}, immutable` : 'public, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.type(logo.contentType).send(logo.content);
    },
  );
}
