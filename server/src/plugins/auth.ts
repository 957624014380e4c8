import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import fastifyCookie from '@fastify/cookie';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { csrfCookieName, csrfHeaderName, sessionCookieName, type Role } from '@alumni/shared';
import type { UserRow } from '../db/schema.js';
import { AppError } from '../lib/errors.js';
import { loadSession, type SessionPolicy } from '../modules/auth/sessions.js';

export interface Auth {
  user: UserRow;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyInstance {
    /** Puts a new session in the cookie and returns the CSRF token that goes with it. */
    startSession: (reply: FastifyReply, session: { id: string; userId: string; expiresAt: Date }) => string;
    endSession: (reply: FastifyReply) => void;
    csrfTokenFor: (sessionId: string) => string;
    issueAnonymousCsrf: (reply: FastifyReply) => string;
  }
  interface FastifyContextConfig {
    /** Set false on the rare route a signed token alone authorises (RFC 8058 one-click unsubscribe). */
    csrf?: boolean;
  }
}

interface SessionClaims {
  sid: string;
  sub: string;
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const equal = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface AuthPluginOptions {
  secret: string;
  cookieSecure: boolean;
  policy: SessionPolicy;
  loadUser: (sessionId: string) => ReturnType<typeof loadSession>;
}

/**
 * Cookie sessions: a JWT naming a row of the sessions table, so ending the row ends the session.
 * CSRF: state-changing requests carry a token in a header: for a session, an HMAC of the session
 * id; before sign-in, a signed random value that must also match the CSRF cookie.
 */
export default fp<AuthPluginOptions>(
  async (app, opts) => {
    await app.register(fastifyCookie);
    await app.register(fastifyJwt, { secret: opts.secret });

    const hmac = (value: string) => createHmac('sha256', opts.secret).update(value).digest('base64url');
    const cookieBase = { path: '/', secure: opts.cookieSecure, sameSite: 'lax' as const };

    app.decorate('csrfTokenFor', (sessionId: string) => hmac(`csrf:${sessionId}`));
    app.decorate('issueAnonymousCsrf', (reply: FastifyReply) => {
      const nonce = randomBytes(18).toString('base64url');
      const token = `${nonce}.${hmac(`anon:${nonce}`)}`;
      reply.setCookie(csrfCookieName, token, { ...cookieBase, httpOnly: false });
      return token;
    });
    app.decorate('startSession', (reply: FastifyReply, session: { id: string; userId: string; expiresAt: Date }) => {
      const claims: SessionClaims = { sid: session.id, sub: session.userId };
      const maxAge = Math.max(1, Math.floor((session.expiresAt.getTime() - Date.now()) / 1000));
      const jwt = app.jwt.sign(claims, { expiresIn: maxAge });
      reply.setCookie(sessionCookieName, jwt, { ...cookieBase, httpOnly: true, maxAge });
      const csrf = app.csrfTokenFor(session.id);
      reply.setCookie(csrfCookieName, csrf, { ...cookieBase, httpOnly: false, maxAge });
      return csrf;
    });
    app.decorate('endSession', (reply: FastifyReply) => {
      reply.clearCookie(sessionCookieName, cookieBase);
      reply.clearCookie(csrfCookieName, cookieBase);
    });

    app.decorateRequest('auth', null);

    app.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/api/')) return;
      const raw = request.cookies[sessionCookieName];
      if (raw) {
        let claims: SessionClaims | undefined;
        try {
          claims = app.jwt.verify<SessionClaims>(raw);
        } catch {
          claims = undefined;
        }
        const user = claims ? await opts.loadUser(claims.sid) : undefined;
        if (claims && user && user.id === claims.sub) {
          request.auth = { user, sessionId: claims.sid };
        } else {
          // A dead session cookie is dropped so the browser stops sending it.
          reply.clearCookie(sessionCookieName, cookieBase);
        }
      }
      if (!unsafe.has(request.method) || request.routeOptions.config.csrf === false) return;
      const header = request.headers[csrfHeaderName];
      const sent = typeof header === 'string' ? header : '';
      let ok: boolean;
      if (request.auth) {
        ok = equal(sent, app.csrfTokenFor(request.auth.sessionId));
      } else {
        const cookie = request.cookies[csrfCookieName] ?? '';
        const [nonce = '', mac = ''] = cookie.split('.');
        ok = cookie !== '' && equal(sent, cookie) && equal(mac, hmac(`anon:${nonce}`));
      }
      if (!ok) throw new AppError('csrf_failed', 'Missing or invalid CSRF token. Reload the page and try again.');
    });
  },
  { name: 'auth' },
);

/** Access checks run as route onRequest hooks: before the body is parsed or validated. */
export const requireAuth: onRequestAsyncHookHandler = async (request: FastifyRequest) => {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
};

/** The permission, written on the route, so the route table is also the access-control list. */
export function requireRole(...roles: Role[]): onRequestAsyncHookHandler {
  return async (request: FastifyRequest) => {
    if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
    if (!roles.includes(request.auth.user.role)) {
      request.log.warn({ event: 'access_refused', userId: request.auth.user.id, role: request.auth.user.role, url: request.url }, 'access refused');
      throw new AppError('forbidden', 'You are not allowed to do this');
    }
  };
}
