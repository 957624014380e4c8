import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI 3 generated from the routes' zod schemas: the document at /api/docs/json, the viewer at /api/docs. */
export default fp(
  async (app, opts: { appUrl: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Alumni community platform API',
          description: 'Errors have the shape { "error": { "code", "message", "details" } }. State-changing requests need the x-csrf-token header.',
          version: '1.0.0',
        },
        servers: [{ url: opts.appUrl }],
        components: {
          securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'alumni_session' } },
        },
      },
      transform: jsonSchemaTransform,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
  },
  { name: 'openapi' },
);
