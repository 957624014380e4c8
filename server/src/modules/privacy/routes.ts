import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZAccepted, ZDataExport, ZEraseAccountBody, ZOk } from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import * as privacy from './service.js';

/** Today's date in Helsinki, for file names. */
const helsinkiDate = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(at);

export async function privacyRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // A member's own data; staff accounts have no member data of this kind.
  const member = requireRole('member');
  const tags = ['privacy'];

  r.get(
    '/account/export',
    { onRequest: member, schema: { tags, summary: 'Download everything the platform holds about me (JSON)', response: { 200: ZDataExport } } },
    async (request, reply) => {
      const data = await privacy.exportMemberData(deps.db, actorOf(request).user);
      void reply.header('content-disposition', `attachment; filename="alumni-data-${helsinkiDate(new Date(data.exportedAt))}.json"`);
      return data;
    },
  );

  r.post(
    '/account/erase/request',
    { onRequest: member, schema: { tags, summary: 'Mail a link that confirms erasing my account (accounts without a password)', response: { 202: ZAccepted } } },
    async (request, reply) => {
      await privacy.requestErasureCode(deps, actorOf(request).user);
      return reply.code(202).send({ accepted: true });
    },
  );

  r.post(
    '/account/erase',
    {
      onRequest: member,
      schema: { tags, summary: 'Erase my account, confirmed by password or the mailed code; signs out', body: ZEraseAccountBody, response: { 200: ZOk } },
    },
    async (request, reply) => {
      await privacy.eraseOwnAccount(deps, actorOf(request), request.body);
      app.endSession(reply);
      return { ok: true as const };
    },
  );
}
