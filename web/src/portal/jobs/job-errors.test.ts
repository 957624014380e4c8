import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { isBadShareCode, jobProblem, referralConflict } from './job-errors';

const apiError = (status: number, code: string, details: { path: string; message: string; code?: string }[] = []) =>
  new ApiError({ status, code, message: code, details });

describe('a failed job request', () => {
  it('is not found for a missing job or a malformed id', () => {
    expect(jobProblem(apiError(404, 'not_found'))).toBe('notFound');
    expect(jobProblem(apiError(400, 'validation_failed'))).toBe('notFound');
  });

  it('is a member not let in yet when refused', () => {
    expect(jobProblem(apiError(403, 'forbidden'))).toBe('notVerified');
  });

  it('is anything else otherwise', () => {
    expect(jobProblem(apiError(500, 'internal'))).toBe('other');
    expect(jobProblem(new Error('boom'))).toBe('other');
  });
});

describe('a refused referral', () => {
  it('tells an existing member from a repeated referral', () => {
    expect(referralConflict(apiError(409, 'conflict', [{ path: 'email', code: 'already_member', message: 'Already a member' }]))).toBe('alreadyMember');
    expect(referralConflict(apiError(409, 'conflict', [{ path: 'email', code: 'already_referred', message: 'Already referred' }]))).toBe(
      'alreadyReferred',
    );
  });

  it('is no conflict of its own otherwise', () => {
    expect(referralConflict(apiError(409, 'conflict'))).toBeNull();
    expect(referralConflict(apiError(422, 'rule_broken'))).toBeNull();
    expect(referralConflict(null)).toBeNull();
  });
});

describe('an unknown share code', () => {
  it('is a validation error on via', () => {
    expect(isBadShareCode(apiError(400, 'validation_failed', [{ path: 'via', message: 'Unknown share code' }]))).toBe(true);
    expect(isBadShareCode(apiError(400, 'validation_failed', [{ path: 'body.via', message: 'Unknown share code' }]))).toBe(true);
    expect(isBadShareCode(apiError(400, 'validation_failed', [{ path: 'message', message: 'Too long' }]))).toBe(false);
    expect(isBadShareCode(apiError(422, 'rule_broken'))).toBe(false);
  });
});
