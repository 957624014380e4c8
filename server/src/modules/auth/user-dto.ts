import type { User } from '@alumni/shared';
import type { UserRow } from '../../db/schema.js';

/** The wire shape of a user: what the API promises, not the columns. */
export const toUser = (u: UserRow): User => ({
  id: u.id,
  email: u.email,
  role: u.role,
  status: u.status,
  language: u.language,
  firstName: u.firstName,
  lastName: u.lastName,
  emailVerified: u.emailVerifiedAt !== null,
  createdAt: u.createdAt.toISOString(),
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
});
