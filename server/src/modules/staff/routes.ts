import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZAccepted,
  ZAuditPage,
  ZAuditQuery,
  ZAuditExportQuery,
  auditExportMaxRows,
  ZChangeRoleBody,
  ZIdParams,
  ZInviteStaffBody,
  ZStaffListQuery,
  ZStaffPage,
  ZUser,
} from '@alumni/shared';
import { requireRole } from '../../plugins/auth.js';
import { actorOf as actor } from '../../lib/actor.js';
import { exportAudit, listAudit } from '../audit/service.js';
import { toUser } from '../auth/user-dto.js';
import * as staff from './service.js';


export async function staffRoutes(app: FastifyInstance, deps: staff.StaffDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = requireRole('admin');
  const tags = ['staff'];

  r.get('/admin/staff', { onRequest: admin, schema: { tags, summary: 'Staff accounts', querystring: ZStaffListQuery, response: { 200: ZStaffPage } } }, async (request) =>
    staff.listStaff(deps.db, request.query),
  );

  r.post('/admin/staff/invitations', { onRequest: admin, schema: { tags, summary: 'Invite a staff member by mail', body: ZInviteStaffBody, response: { 202: ZAccepted } } }, async (request, reply) => {
    await staff.inviteStaff(deps, actor(request), request.body);
    return reply.code(202).send({ accepted: true });
  });

  r.post('/admin/users/:id/role', { onRequest: admin, schema: { tags, summary: "Change a user's role; their sessions end", params: ZIdParams, body: ZChangeRoleBody, response: { 200: ZUser } } }, async (request) =>
    toUser(await staff.changeRole(deps, actor(request), request.params.id, request.body.role)),
  );

  r.post('/admin/users/:id/suspend', { onRequest: admin, schema: { tags, summary: 'Suspend a user; their sessions end', params: ZIdParams, response: { 200: ZUser } } }, async (request) =>
    toUser(await staff.setSuspended(deps, actor(request), request.params.id, true)),
  );

  r.post('/admin/users/:id/reactivate', { onRequest: admin, schema: { tags, summary: 'Reactivate a suspended user', params: ZIdParams, response: { 200: ZUser } } }, async (request) =>
    toUser(await staff.setSuspended(deps, actor(request), request.params.id, false)),
  );

  r.get('/admin/audit', { onRequest: admin, schema: { tags: ['audit'], summary: 'The audit log, newest first', querystring: ZAuditQuery, response: { 200: ZAuditPage } } }, async (request) =>
    listAudit(deps.db, request.query),
  );

  r.get(
    '/admin/audit/export',
    {
      onRequest: admin,
      schema: {
        tags: ['audit'],
        summary: `The filtered audit log as CSV (UTF-8 with BOM, semicolon-separated, newest first, at most ${auditExportMaxRows} rows); audited`,
        querystring: ZAuditExportQuery,
        response: { 200: { description: 'A header row, then one row per entry; formula characters defused', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const file = await exportAudit(deps.db, actor(request), request.query);
      // The body goes out as a stream; the schema documents it as CSV text.
      const untyped: FastifyReply = reply;
      return untyped
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-export-rows', String(file.rows))
        .header('x-export-capped', String(file.capped))
        .send(file.body);
    },
  );
}
