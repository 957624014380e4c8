import type { Role } from '@alumni/shared';

export type Caller = 'anonymous' | Role;
export const callers: Caller[] = ['anonymous', 'member', 'hr', 'recruiter', 'admin'];
export const adminOnly: Caller[] = ['admin'];
export const signedIn: Caller[] = ['member', 'hr', 'recruiter', 'admin'];

export interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** `target` is an active, verified member's user id; other ids may be made up (a 404 passes). */
  url: (ids: { target: string }) => string;
  /** The pattern Fastify registered, to prove every route is covered. */
  pattern: string;
  body?: () => unknown;
  /** Who gets past the access check; everyone else gets 401 (signed out) or 403. */
  allowed: Caller[] | 'everyone';
}

export const hrOrAdmin: Caller[] = ['hr', 'admin'];
export const staffOnly: Caller[] = ['hr', 'recruiter', 'admin'];
