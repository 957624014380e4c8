import { ZErrorBody, errorStatus, type ErrorDetail } from '@alumni/shared';

/** Codes the client adds to the server's own when the server could not answer in its format. */
export type ClientErrorCode = 'network_error' | 'invalid_response';

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  details?: ErrorDetail[];
  retryAfterSeconds?: number | null;
}

/** An error answer from the API, or a failure to reach it, in one shape the UI can explain. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const codeForStatus = (status: number): string => {
  const known = Object.entries(errorStatus).find(([, s]) => s === status);
  if (known) return known[0];
  return status >= 500 ? 'internal' : 'invalid_response';
};

/** Retry-After is either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds an ApiError from a status and a parsed JSON body that may or may not follow the error format. */
export function toApiError(status: number, body: unknown, retryAfter: string | null = null): ApiError {
  const parsed = ZErrorBody.safeParse(body);
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError({ status, code, message, details: details ?? [], retryAfterSeconds });
  }
  return new ApiError({
    status,
    code: codeForStatus(status),
    message: `Request failed with status ${status}`,
    retryAfterSeconds,
  });
}

/** Field paths may come prefixed with where they were found (body.email); the forms know only the field. */
export const fieldName = (path: string): string => path.replace(/^(body|query|params)[./]/, '');
