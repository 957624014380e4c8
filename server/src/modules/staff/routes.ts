import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZAccepted,
  ZAuditPage,
  ZAuditQuery,
  ZChangeRoleBody,
  ZIdParams,
  ZInviteStaffBody,
  ZStaffListQuery,
  ZStaffPage,
  ZUser,
} from '@alumni/shared';
import { requireRole } from '../../plugins/auth.js';
import { actorOf as actor } from '../../lib/actor.js';
import { listAudit } from '../audit/service.js';
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
}
