import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZApprovalPage,
  ZApprovalQuery,
  ZApproveBody,
  ZClaim,
  ZClaimBody,
  ZClaimReplyBody,
  ZIdParams,
  ZMembershipStatus,
  ZRejectBody,
  ZRequestInfoBody,
} from '@alumni/shared';
import { actorOf as actor } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import * as membership from './service.js';

export async function membershipRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Staff pass every verification, so only members have a membership to claim.
  const member = requireRole('member');
  const hr = requireRole('hr', 'admin');
  const tags = ['membership'];

  r.get('/membership', { onRequest: member, schema: { tags, summary: 'My verification status and latest claim', response: { 200: ZMembershipStatus } } }, async (request) =>
    membership.getStatus(deps.db, actor(request)),
  );

  r.post(
    '/membership/claim',
    {
      onRequest: member,
      schema: { tags, summary: 'Claim employment; a claim matching HR records verifies at once, any other waits for HR', body: ZClaimBody, response: { 200: ZMembershipStatus } },
    },
    async (request) => membership.submitClaim(deps, actor(request), request.body),
  );

  r.post(
    '/membership/claim/reply',
    { onRequest: member, schema: { tags, summary: "Answer HR's question; the claim goes back to the queue", body: ZClaimReplyBody, response: { 200: ZMembershipStatus } } },
    async (request) => membership.replyToClaim(deps, actor(request), request.body),
  );

  r.get(
    '/admin/approvals',
    { onRequest: hr, schema: { tags, summary: 'Claims waiting for HR, oldest first, each with the closest employment records', querystring: ZApprovalQuery, response: { 200: ZApprovalPage } } },
    async (request) => membership.listApprovals(deps.db, request.query),
  );

  r.post(
    '/admin/approvals/:id/approve',
    { onRequest: hr, schema: { tags, summary: 'Approve a claim, optionally against an employment record; the member is told by mail', params: ZIdParams, body: ZApproveBody, response: { 200: ZClaim } } },
    async (request) => membership.approveClaim(deps, actor(request), request.params.id, request.body),
  );

  r.post(
    '/admin/approvals/:id/reject',
    { onRequest: hr, schema: { tags, summary: 'Reject a claim with a reason; the member is told by mail', params: ZIdParams, body: ZRejectBody, response: { 200: ZClaim } } },
    async (request) => membership.rejectClaim(deps, actor(request), request.params.id, request.body),
  );

  r.post(
    '/admin/approvals/:id/request-info',
    { onRequest: hr, schema: { tags, summary: 'Ask the member a question about the claim; it leaves the queue until they answer', params: ZIdParams, body: ZRequestInfoBody, response: { 200: ZClaim } } },
    async (request) => membership.requestInfo(deps, actor(request), request.params.id, request.body),
  );
}
