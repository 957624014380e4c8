import { isApiError } from '../../api/api-error';

export type JobProblem = 'notFound' | 'notVerified' | 'other';

/**
 * What a failed job board request means to the member. A job they may not read is as unknown as a
 * missing one, and so is a malformed id (400); a refusal (403) is a member not verified yet.
 */
export function jobProblem(error: unknown): JobProblem {
  if (!isApiError(error)) return 'other';
  if (error.status === 404 || error.status === 400) return 'notFound';
  if (error.status === 403) return 'notVerified';
  return 'other';
}

export const isNotVerified = (error: unknown): boolean => jobProblem(error) === 'notVerified';

export type ReferralConflict = 'alreadyMember' | 'alreadyReferred';

/** A referral refused because the person is already a member, or already referred by this member. */
export function referralConflict(error: unknown): ReferralConflict | null {
  if (!isApiError(error) || error.code !== 'conflict') return null;
  const codes = error.details.map((detail) => detail.code);
  if (codes.includes('already_member')) return 'alreadyMember';
  if (codes.includes('already_referred')) return 'alreadyReferred';
  return null;
}

/** The server did not know the share code the member came with (validation_failed on `via`). */
export function isBadShareCode(error: unknown): boolean {
  return (
    isApiError(error) &&
    error.code === 'validation_failed' &&
    error.details.some((detail) => detail.path.replace(/^body[./]/, '') === 'via')
  );
}
