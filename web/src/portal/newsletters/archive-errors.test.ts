import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { archiveProblem } from './archive-errors';

const apiError = (status: number, code: string) => new ApiError({ status, code, message: code });

describe('a failed archive request', () => {
  it('is not found for a missing issue or a malformed id', () => {
    expect(archiveProblem(apiError(404, 'not_found'))).toBe('notFound');
    expect(archiveProblem(apiError(400, 'validation_failed'))).toBe('notFound');
  });

  it('is a member not let in yet when refused', () => {
    expect(archiveProblem(apiError(403, 'forbidden'))).toBe('notVerified');
  });

  it('is anything else otherwise', () => {
    expect(archiveProblem(apiError(0, 'network_error'))).toBe('other');
    expect(archiveProblem(apiError(500, 'internal'))).toBe('other');
    expect(archiveProblem(new Error('boom'))).toBe('other');
  });
});
