import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams, ZMemberDetail, ZMemberListQuery, ZMemberPage, ZOk, ZStaffEraseBody, ZStaffUpdateMemberBody } from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import { eraseMemberOnRequest } from '../privacy/service.js';
import * as members from './service.js';

/** The export takes the list's filters; paging makes no sense for a file. */
const ZMemberExportQuery = ZMemberListQuery.omit({ limit: true, cursor: true });

export async function membersRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hr = requireRole('hr', 'admin');
  const tags = ['members'];

  r.get(
    '/admin/members',
    { onRequest: hr, schema: { tags, summary: 'Members, newest joined first, searched and filtered', querystring: ZMemberListQuery, response: { 200: ZMemberPage } } },
    async (request) => members.listMembers(deps.db, request.query),
  );

  r.get(
    '/admin/members/export',
    {
      onRequest: hr,
      schema: {
        tags,
        summary: 'The filtered members as CSV (UTF-8 with BOM, semicolon-separated, at most 100,000 rows); audited',
        querystring: ZMemberExportQuery,
        response: {
          200: {
            description: 'A header row, then one row per member; cells quoted, formula characters defused with a leading apostrophe',
            content: { 'text/csv': { schema: z.string() } },
          },
        },
      },
    },
    async (request, reply) => {
      const file = await members.exportMembers(deps.db, actorOf(request), request.query);
      // The schema documents the body as CSV text; the file itself goes out as a stream, which
      // fastify sends as it is, so the reply is used without the schema's string type.
      const untyped: FastifyReply = reply;
      return untyped
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  r.get(
    '/admin/members/:id',
    { onRequest: hr, schema: { tags, summary: "A member's profile, claims, consents, invitations and records; audited", params: ZIdParams, response: { 200: ZMemberDetail } } },
    async (request) => members.viewMember(deps.db, actorOf(request), request.params.id),
  );

  r.patch(
    '/admin/members/:id',
    { onRequest: hr, schema: { tags, summary: "Edit a member's profile; audited", params: ZIdParams, body: ZStaffUpdateMemberBody, response: { 200: ZMemberDetail } } },
    async (request) => members.updateMember(deps.db, actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/admin/members/:id/suspend',
    { onRequest: hr, schema: { tags, summary: 'Suspend a member; their sessions end', params: ZIdParams, response: { 200: ZMemberDetail } } },
    async (request) => members.setMemberSuspended(deps, actorOf(request), request.params.id, true),
  );

  r.post(
    '/admin/members/:id/reactivate',
    { onRequest: hr, schema: { tags, summary: 'Reactivate a suspended member', params: ZIdParams, response: { 200: ZMemberDetail } } },
    async (request) => members.setMemberSuspended(deps, actorOf(request), request.params.id, false),
  );

  r.post(
    '/admin/members/:id/erase',
    {
      onRequest: hr,
      schema: { tags, summary: "Erase a member's personal data on their request; the reason is audited", params: ZIdParams, body: ZStaffEraseBody, response: { 200: ZOk } },
    },
    async (request) => {
      await eraseMemberOnRequest(deps, actorOf(request), request.params.id, request.body.reason);
      return { ok: true as const };
    },
  );
}
