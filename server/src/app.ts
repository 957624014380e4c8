import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { ZErrorBody } from '@alumni/shared';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { Queue } from './lib/queue.js';
import { AppError } from './lib/errors.js';
import type { MailCatcher } from './mail/catcher.js';
import { catcherRoutes } from './mail/catcher-routes.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin from './plugins/errors.js';
import openapiPlugin from './plugins/openapi.js';
import securityPlugin from './plugins/security.js';
import { authRoutes } from './modules/auth/routes.js';
import { loadSession } from './modules/auth/sessions.js';
import { healthRoutes } from './modules/health/routes.js';
import { staffRoutes } from './modules/staff/routes.js';
import { directoryRoutes } from './modules/directory/routes.js';
import { membersRoutes } from './modules/members/routes.js';
import { membershipRoutes } from './modules/membership/routes.js';
import { privacyRoutes } from './modules/privacy/routes.js';
import { profileRoutes } from './modules/profile/routes.js';
import { recordsRoutes } from './modules/records/routes.js';
import { eventsRoutes } from './modules/events/routes.js';
import { newslettersRoutes } from './modules/newsletters/routes.js';
import { jobsRoutes } from './modules/jobs/routes.js';
import { segmentsRoutes } from './modules/segments/routes.js';
import { insightRoutes } from './modules/insight/routes.js';
import { surveysRoutes } from './modules/surveys/routes.js';
import { settingsRoutes } from './modules/settings/routes.js';

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: readonly string[];
  }
}

export interface AppDeps {
  database: Database;
  queue: Queue;
  /** Present in the default run: its mailbox is served at /dev/mail. */
  mailCatcher?: MailCatcher;
  /** Where the JSON log lines go; standard output when not given. */
  logStream?: { write: (line: string) => void };
}

/** Mailed links carry their token in the query string; logs keep the path and drop the secret. */
export const redactUrl = (url: string) => url.replace(/([?&](?:token|code)=)[^&#]*/gi, '$1[redacted]');

/** The whole HTTP application; `main.ts` only listens, runs workers and shuts down. */
export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      serializers: {
        req: (req: { method: string; url: string; ip?: string }) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
      },
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // While shutting down, answers to requests still running close their connection, so keep-alive
  // clients do not hold the server open until their idle timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (closing) void reply.header('connection', 'close');
    // API answers carry personal data: no browser or proxy may keep a copy. The one exception is a
    // route that sets its own (private) caching, such as a member photo at a versioned URL.
    const ownCaching = request.routeOptions.config.ownCacheControl === true && reply.hasHeader('cache-control');
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs') && !ownCaching) void reply.header('cache-control', 'no-store');
  });

  // The API's route table, for the authorization test that every route has a row in its matrix.
  const apiRoutes: string[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    // Every API route documents the one error shape for its 4xx and 5xx answers.
    const response = route.schema?.response as Record<string, unknown> | undefined;
    if (route.schema && response) route.schema.response = { ...response, '4xx': ZErrorBody, '5xx': ZErrorBody };
    for (const m of methods) if (m !== 'HEAD') apiRoutes.push(`${m} ${route.url}`);
  });

  const { db } = deps.database;
  const policy = { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs };

  await app.register(errorsPlugin);
  await app.register(securityPlugin, { hsts: config.cookieSecure });
  await app.register(openapiPlugin, { appUrl: config.appUrl });
  await app.register(authPlugin, {
    secret: config.jwtSecret,
    cookieSecure: config.cookieSecure,
    policy,
    loadUser: (sid) => loadSession(db, sid, policy),
  });

  // The route table: every feature module under its prefix.
  await app.register(healthRoutes, { prefix: '/api', db });
  await app.register(
    async (v1) => {
      const authDeps = { db, queue: deps.queue, policy, log: app.log };
      await v1.register(authRoutes, authDeps);
      await v1.register(staffRoutes, { db, queue: deps.queue });
      const featureDeps = { db, queue: deps.queue, config, policy };
      await v1.register(membershipRoutes, featureDeps);
      await v1.register(recordsRoutes, featureDeps);
      await v1.register(profileRoutes, featureDeps);
      await v1.register(directoryRoutes, featureDeps);
      await v1.register(membersRoutes, featureDeps);
      await v1.register(privacyRoutes, featureDeps);
      await v1.register(segmentsRoutes, featureDeps);
      await v1.register(eventsRoutes, featureDeps);
      await v1.register(newslettersRoutes, featureDeps);
      await v1.register(jobsRoutes, featureDeps);
      await v1.register(insightRoutes, featureDeps);
      await v1.register(surveysRoutes, featureDeps);
      await v1.register(settingsRoutes, featureDeps);
    },
    { prefix: '/api/v1' },
  );

  if (deps.mailCatcher) await app.register(catcherRoutes, deps.mailCatcher);

  const indexHtml = path.join(config.webDistDir, 'index.html');
  const spaBuilt = existsSync(indexHtml);
  if (spaBuilt) {
    await app.register(fastifyStatic, {
      root: config.webDistDir,
      wildcard: false,
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) void res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !spaBuilt) {
      throw new AppError('not_found', `No route for ${request.method} ${request.url.split('?')[0] ?? ''}`);
    }
    // Any other page is the SPA's to route.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
