import { isApiError } from '../../api/api-error';

export type ArchiveProblem = 'notFound' | 'notVerified' | 'other';

/**
 * What a failed archive request means to the member. An issue they may not read is as unknown as a
 * missing one, and so is a malformed id (400); a refusal (403) is a member the archive is not open to yet.
 */
export function archiveProblem(error: unknown): ArchiveProblem {
  if (!isApiError(error)) return 'other';
  if (error.status === 404 || error.status === 400) return 'notFound';
  if (error.status === 403) return 'notVerified';
  return 'other';
}
