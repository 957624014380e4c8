import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZHiresList, ZHiresYear, ZRangeQuery, insightPanelSchemas, insightPanels, type InsightPanel } from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import { recordAudit } from '../audit/service.js';
import type { FeatureDeps } from '../deps.js';
import { panelCsv } from './csv.js';
import { enterHires, insightPanel, listHires, resolveRange } from './service.js';

export async function insightRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hr = requireRole('hr', 'admin');
  const tags = ['insight'];

  /* The hires routes come first and are literal, as is every panel's, so none shadows another. */
  r.get('/admin/insight/hires', { onRequest: hr, schema: { tags, summary: 'The total hires entered per year, with the rehires recorded that year', response: { 200: ZHiresList } } }, async () =>
    listHires(deps.db),
  );

  r.put(
    '/admin/insight/hires',
    { onRequest: hr, schema: { tags, summary: 'Enter or correct a year’s total hires; audited', body: ZHiresYear, response: { 200: ZHiresList } } },
    async (request) => enterHires(deps.db, actorOf(request), request.body),
  );

  const register = (panel: InsightPanel) => {
    const schema: z.ZodType = insightPanelSchemas[panel];
    r.get(
      `/admin/insight/${panel}`,
      { onRequest: hr, schema: { tags, summary: `The ${panel} panel over a range of Helsinki days`, querystring: ZRangeQuery, response: { 200: schema } } },
      async (request) => insightPanel(deps.db, panel, resolveRange(request.query)),
    );

    r.get(
      `/admin/insight/${panel}/export`,
      {
        onRequest: hr,
        schema: {
          tags,
          summary: `The ${panel} panel as CSV (UTF-8 with BOM, semicolon-separated); audited`,
          querystring: ZRangeQuery,
          response: { 200: { description: 'A header row, the panel’s rows, then its totals', content: { 'text/csv': { schema: z.string() } } } },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const range = resolveRange(request.query);
        const figures = await insightPanel(deps.db, panel, range);
        const file = panelCsv(panel, figures, range);
        await recordAudit(deps.db, { actorId: actor.user.id, action: 'insight.exported', objectType: 'insight', objectId: panel, data: { panel, from: range.from, to: range.to }, ip: actor.ip });
        const untyped: FastifyReply = reply;
        return untyped.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(Buffer.from(file.body, 'utf8'));
      },
    );
  };
  for (const panel of insightPanels) register(panel);
}
