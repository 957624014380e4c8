import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, ZHealth, ZReady } from '@alumni/shared';
import { bodyOf, startTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('platform', () => {
  it('reports alive and ready', async () => {
    expect(bodyOf(await t.app.inject({ url: apiPaths.health }), ZHealth)).toEqual({ status: 'ok' });
    expect(bodyOf(await t.app.inject({ url: apiPaths.ready }), ZReady)).toEqual({ status: 'ready', database: 'ok' });
  });

  it('sends security headers with a strict content security policy and a request id', async () => {
    const res = await t.app.inject({ url: apiPaths.health, headers: { 'x-request-id': 'trace-abc-12345' } });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Inline style attributes are the one inline allowance (mail previews are inline-styled HTML);
    // no directive lets inline scripts or style elements run.
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives.filter((d) => d.includes('unsafe-inline'))).toEqual(["style-src-attr 'unsafe-inline'"]);
    expect(directives).toContain("script-src-attr 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBe('trace-abc-12345');
    const generated = await t.app.inject({ url: apiPaths.health });
    expect(String(generated.headers['x-request-id'])).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves an OpenAPI 3 document generated from the schemas', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc: { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> } = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of t.app.apiRoutes) {
      const [method = '', url = ''] = route.split(' ');
      const openapiPath = url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[openapiPath]?.[method.toLowerCase()], route).toBeDefined();
    }
    const login = doc.paths['/api/v1/auth/login']?.post as { responses?: Record<string, unknown> } | undefined;
    expect(Object.keys(login?.responses ?? {})).toEqual(expect.arrayContaining(['200', '4XX', '5XX']));
    const register = doc.paths['/api/v1/auth/register']?.post?.requestBody?.content['application/json']?.schema.properties;
    expect(Object.keys(register ?? {})).toEqual(expect.arrayContaining(['email', 'password', 'language']));
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
