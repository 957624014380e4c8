/** Every error code the API answers with, and the HTTP status each one maps to. */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_token: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** The member has answered this survey already; each member answers once. */
  already_answered: 409,
  /** The survey closed before the answer arrived. */
  survey_closed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rule_broken: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

export interface ErrorDetail {
  path: string;
  message: string;
  code?: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
}
