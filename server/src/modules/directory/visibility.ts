import { sql, type SQL } from 'drizzle-orm';
import type { DirectoryVisibility, Role } from '@alumni/shared';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';

/**
 * Who sees whom in the directory, in one place. Every directory statement (search, facets, profile
 * pages, photos) takes its condition from here.
 *
 * - A listed member is an active user whose membership is verified.
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
 * The condition that a row of `members m` is listed for the viewer. `users` says how the member's
 * account is checked: on `users u` when the statement joins it anyway, or by a look-up per row
 * where only a few hundred rows qualify (a hash join would read every user to check them).
 * For a member viewer it also requires that the viewer is verified; the check runs once per
 * statement, so the common case needs no extra round trip, and an empty answer is told apart by
 * `assertMayUseDirectory`.
 */
export function listedFor(viewer: DirectoryViewer, users: 'joined' | 'lookup' = 'joined'): SQL {
  const shown = visibilitiesFor(viewer.role);
  const active = users === 'joined' ? sql`u.status = 'active'` : sql`(select a.status from users a where a.id = m.user_id) = 'active'`;
  const listed = sql`m.verification_status = 'verified' and m.directory_visibility in (${sql.join(
    shown.map((v) => sql`${v}::directory_visibility`),
    sql`, `,
  )}) and ${active}`;
  if (viewer.role !== 'member') return listed;
  return sql`${listed} and exists (select 1 from members viewer where viewer.user_id = ${viewer.id} and viewer.verification_status = 'verified')`;
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
