import { sql, type SQL } from 'drizzle-orm';
import type { DirectoryVisibility, Role } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';

/**
 * Who sees whom in the directory, in one place. Every directory statement (search, facets, profile
 * pages, photos) takes its condition from here.
 *
 * - A listed member is an active user whose membership is verified (the account's status is read from
 *   `members.user_active`, which the search trigger keeps equal to `users.status = 'active'`).
 * - Members see those who chose `members`; staff (hr, recruiter, admin) also those who chose `staff`.
 * - `hidden` members are in nobody's directory, not even staff's.
 * - A member viewer must be verified themselves; the others are refused (403).
 */
export interface DirectoryViewer {
  id: string;
  role: Role;
}

/** The visibilities a viewer's role may see. */
export const visibilitiesFor = (role: Role): DirectoryVisibility[] => (role === 'member' ? ['members'] : ['members', 'staff']);

/** Roles that may see any member's photo, as the HR console shows members whatever they chose. */
const consoleRoles: readonly Role[] = ['hr', 'admin'];
export const seesEveryPhoto = (role: Role): boolean => consoleRoles.includes(role);

/**
 * The condition that a row of `members m` is shown to viewers of this role, whoever they are: an
 * active account (`user_active`, the trigger's copy of `users.status = 'active'`, so no statement
 * reads users to filter), a verified membership and a visibility the role may see. The values are
 * written into the SQL, not bound, so that the planner proves the directory's partial indexes
 * (`user_active and verification_status = 'verified' and directory_visibility in ('members', 'staff')`)
 * apply.
 */
export function shownTo(role: Role): SQL {
  const shown = visibilitiesFor(role).map((v) => `'${v}'`);
  return sql`m.user_active and m.verification_status = 'verified' and ${sql.raw(`m.directory_visibility in (${shown.join(', ')})`)}`;
}

/**
 * The condition that the viewer may use the directory at all: for a member viewer, that they are
 * verified; staff always may. It does not depend on the row, so it runs once per statement, the
 * common case needs no extra round trip, and an empty answer is told apart by `assertMayUseDirectory`.
 */
export function mayUseDirectory(viewer: DirectoryViewer): SQL {
  if (viewer.role !== 'member') return sql`true`;
  return sql`exists (select 1 from members viewer where viewer.user_id = ${viewer.id} and viewer.verification_status = 'verified')`;
}

/** The condition that a row of `members m` is listed for the viewer: `shownTo` their role, and they may use the directory. */
export function listedFor(viewer: DirectoryViewer): SQL {
  return sql`${shownTo(viewer.role)} and ${mayUseDirectory(viewer)}`;
}

export const notVerified = () => new AppError('forbidden', 'Your membership is not verified yet');

/** Throws 403 for a member viewer whose membership is not verified; staff always pass. */
export async function assertMayUseDirectory(db: Db, viewer: DirectoryViewer): Promise<void> {
  if (viewer.role !== 'member') return;
  const result = await db.execute<{ ok: boolean }>(
    sql`select exists (select 1 from members where user_id = ${viewer.id} and verification_status = 'verified') as ok`,
  );
  if (!result.rows[0]?.ok) throw notVerified();
}

/**
 * The condition that the viewer may fetch the photo of `members m` joined to `users u`: their own,
 * any for HR and admins (the console shows every member), otherwise only members listed for them.
 */
export function photoVisibleTo(viewer: DirectoryViewer): SQL {
  if (seesEveryPhoto(viewer.role)) return sql`true`;
  return sql`(m.user_id = ${viewer.id} or (${listedFor(viewer)}))`;
}
