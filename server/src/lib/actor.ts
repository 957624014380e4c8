import type { FastifyRequest } from 'fastify';
import type { UserRow } from '../db/schema.js';
import { AppError } from './errors.js';

/** Who is acting and from where: what services check access against and write into the audit log. */
export interface Actor {
  user: UserRow;
  ip: string | null;
}

/** The signed-in caller of a route guarded by requireAuth or requireRole. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
  return { user: request.auth.user, ip: request.ip || null };
}
