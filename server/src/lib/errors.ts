import { errorStatus, type ErrorCode, type ErrorDetail } from '@alumni/shared';

/** The one error type services throw; the error handler turns it into the documented body. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

export const notFound = (what = 'Not found') => new AppError('not_found', what);
export const invalidToken = () => new AppError('invalid_token', 'The link is invalid, used or expired');
