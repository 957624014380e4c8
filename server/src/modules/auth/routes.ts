import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAccepted,
  ZAccountSessions,
  ZAcceptInviteBody,
  ZChangeEmailBody,
  ZChangePasswordBody,
  ZEmailOnlyBody,
  ZIdParams,
  ZLoginBody,
  ZOk,
  ZRegisterBody,
  ZResetPasswordBody,
  ZSessionInfo,
  ZTokenBody,
  ZUpdateAccountBody,
  ZUser,
  defaultLanguage,
} from '@alumni/shared';
import { requireAuth } from '../../plugins/auth.js';
import { AppError } from '../../lib/errors.js';
import * as auth from './service.js';
import { listUserSessions, revokeOwnSession, revokeSession, revokeUserSessions } from './sessions.js';
import { toUser } from './user-dto.js';

const meta = (request: FastifyRequest): auth.ClientMeta => ({
  ip: request.ip || null,
  userAgent: request.headers['user-agent'] ?? null,
});

const signedIn = (request: FastifyRequest) => {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
  return request.auth;
};

const tags = ['auth'];

export async function authRoutes(app: FastifyInstance, deps: auth.AuthDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const begin = (reply: FastifyReply, s: auth.NewSession) => ({
    user: toUser(s.user),
    csrfToken: app.startSession(reply, s.session),
  });

  r.get('/auth/csrf', { schema: { tags, summary: 'A CSRF token for the next state-changing request', response: { 200: z.object({ csrfToken: z.string() }) } } }, async (request, reply) => {
    if (request.auth) {
      const csrfToken = app.csrfTokenFor(request.auth.sessionId);
      return { csrfToken };
    }
    return { csrfToken: app.issueAnonymousCsrf(reply) };
  });

  r.get('/auth/session', { schema: { tags, summary: 'The signed-in user', response: { 200: ZSessionInfo } } }, async (request) => {
    const a = signedIn(request);
    return { user: toUser(a.user), csrfToken: app.csrfTokenFor(a.sessionId) };
  });

  r.post('/auth/register', { schema: { tags, summary: 'Register as a member; a confirmation link is mailed', body: ZRegisterBody, response: { 202: ZAccepted } } }, async (request, reply) => {
    await auth.register(deps, { ...request.body, language: request.body.language ?? defaultLanguage }, meta(request));
    return reply.code(202).send({ accepted: true });
  });

  r.post('/auth/verify-email', { schema: { tags, summary: 'Confirm an address with the mailed token', body: ZTokenBody, response: { 200: ZOk } } }, async (request) => {
    await auth.verifyEmail(deps, request.body.token, meta(request));
    return { ok: true as const };
  });

  r.post('/auth/login', { schema: { tags, summary: 'Sign in with email and password', body: ZLoginBody, response: { 200: ZSessionInfo } } }, async (request, reply) => {
    return begin(reply, await auth.login(deps, request.body, meta(request)));
  });

  r.post('/auth/magic-link', { schema: { tags, summary: 'Mail a single-use sign-in link', body: ZEmailOnlyBody, response: { 202: ZAccepted } } }, async (request, reply) => {
    await auth.requestMagicLink(deps, request.body.email, request.body.language, meta(request));
    return reply.code(202).send({ accepted: true });
  });

  r.post('/auth/magic-link/consume', { schema: { tags, summary: 'Sign in with a mailed link', body: ZTokenBody, response: { 200: ZSessionInfo } } }, async (request, reply) => {
    return begin(reply, await auth.consumeMagicLink(deps, request.body.token, meta(request)));
  });

  r.post('/auth/password/forgot', { schema: { tags, summary: 'Mail a password reset link', body: ZEmailOnlyBody, response: { 202: ZAccepted } } }, async (request, reply) => {
    await auth.requestPasswordReset(deps, request.body.email, request.body.language, meta(request));
    return reply.code(202).send({ accepted: true });
  });

  r.post('/auth/password/reset', { schema: { tags, summary: 'Set a new password with a mailed token', body: ZResetPasswordBody, response: { 200: ZOk } } }, async (request) => {
    await auth.resetPassword(deps, request.body.token, request.body.password, meta(request));
    return { ok: true as const };
  });

  r.post('/auth/invitations/accept', { schema: { tags, summary: 'Accept a staff invitation', body: ZAcceptInviteBody, response: { 200: ZSessionInfo } } }, async (request, reply) => {
    return begin(reply, await auth.acceptInvite(deps, request.body, meta(request)));
  });

  r.post('/auth/logout', { schema: { tags, summary: 'Sign out of this session', response: { 204: z.null() } } }, async (request, reply) => {
    if (request.auth) await revokeSession(deps.db, request.auth.sessionId);
    app.endSession(reply);
    return reply.code(204).send(null);
  });

  r.post('/auth/logout-all', { onRequest: requireAuth, schema: { tags, summary: 'Sign out of every session', response: { 204: z.null() } } }, async (request, reply) => {
    await revokeUserSessions(deps.db, signedIn(request).user.id);
    app.endSession(reply);
    return reply.code(204).send(null);
  });

  const accountTags = ['account'];
  r.patch('/account', { onRequest: requireAuth, schema: { tags: accountTags, summary: 'Change names or language', body: ZUpdateAccountBody, response: { 200: ZUser } } }, async (request) => {
    return toUser(await auth.updateAccount(deps, signedIn(request).user, request.body));
  });

  r.post('/account/password', { onRequest: requireAuth, schema: { tags: accountTags, summary: 'Change password; other sessions end', body: ZChangePasswordBody, response: { 200: ZSessionInfo } } }, async (request, reply) => {
    return begin(reply, await auth.changePassword(deps, signedIn(request).user, request.body, meta(request)));
  });

  r.post('/account/email', { onRequest: requireAuth, schema: { tags: accountTags, summary: 'Ask to change the address; the new one is confirmed by mail', body: ZChangeEmailBody, response: { 202: ZAccepted } } }, async (request, reply) => {
    await auth.requestEmailChange(deps, signedIn(request).user, request.body);
    return reply.code(202).send({ accepted: true });
  });

  r.get('/account/sessions', { onRequest: requireAuth, schema: { tags: accountTags, summary: 'Where the account is signed in', response: { 200: ZAccountSessions } } }, async (request) => {
    const a = signedIn(request);
    const rows = await listUserSessions(deps.db, a.user.id, deps.policy);
    return {
      items: rows.map((s) => ({
        id: s.id,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        ip: s.ip,
        userAgent: s.userAgent,
        current: s.id === a.sessionId,
      })),
    };
  });

  r.post('/account/sessions/:id/revoke', { onRequest: requireAuth, schema: { tags: accountTags, summary: 'Sign out one device', params: ZIdParams, response: { 204: z.null() } } }, async (request, reply) => {
    const a = signedIn(request);
    // Another user's session id answers as unknown, like any id the caller may not see.
    if (!(await revokeOwnSession(deps.db, a.user.id, request.params.id))) throw new AppError('not_found', 'No such session');
    if (request.params.id === a.sessionId) app.endSession(reply);
    return reply.code(204).send(null);
  });

  r.post('/account/email/confirm', { schema: { tags: accountTags, summary: 'Confirm a new address with the mailed token', body: ZTokenBody, response: { 200: ZOk } } }, async (request) => {
    await auth.confirmEmailChange(deps, request.body.token, meta(request));
    return { ok: true as const };
  });
}
