import { passwordMinLength, type ErrorDetail } from '@alumni/shared';
import { ApiError, fieldName } from '../api/api-error';
import type { MessageKey } from './en';
import type { Translate } from './translate';

/** Per-form wording for an error code, e.g. a wrong current password rather than wrong credentials. */
export type ErrorOverrides = Readonly<Partial<Record<string, MessageKey>>>;

const codeMessages: Readonly<Record<string, MessageKey>> = {
  network_error: 'errors.network',
  invalid_credentials: 'errors.invalidCredentials',
  invalid_token: 'errors.invalidToken',
  csrf_failed: 'errors.csrf',
  forbidden: 'errors.forbidden',
  not_found: 'errors.notFound',
  conflict: 'errors.conflict',
  already_answered: 'errors.alreadyAnswered',
  survey_closed: 'errors.surveyClosed',
  unauthenticated: 'errors.unauthenticated',
  rule_broken: 'errors.ruleBroken',
  validation_failed: 'errors.validation',
};

const isTokenDetail = (detail: ErrorDetail): boolean => fieldName(detail.path) === 'token';

/** One sentence, in the UI language, that says what went wrong and what to do. */
export function describeError(error: unknown, t: Translate, overrides: ErrorOverrides = {}): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  const override = overrides[error.code];
  if (override) return t(override);
  if (error.code === 'rate_limited') {
    return error.retryAfterSeconds !== null && error.retryAfterSeconds > 0
      ? t('errors.rateLimited', { seconds: error.retryAfterSeconds })
      : t('errors.rateLimitedShort');
  }
  if (error.code === 'validation_failed' && error.details.some(isTokenDetail)) return t('errors.invalidToken');
  const key = codeMessages[error.code];
  return key ? t(key) : t('errors.generic');
}

export function describeFieldError(detail: ErrorDetail, t: Translate): string {
  const field = fieldName(detail.path).toLowerCase();
  switch (detail.code) {
    case 'required':
      return t('validation.required');
    case 'wrong_password':
      return t('errors.wrongPassword');
    case 'same_address':
      return t('validation.sameAddress');
    case 'too_small':
      return field.includes('password') ? t('validation.passwordTooShort', { min: passwordMinLength }) : t('validation.required');
    case 'too_big':
      return t('validation.tooLong');
    case 'invalid_format':
    case 'invalid_string':
    case 'invalid_email':
      return field.includes('email') ? t('validation.email') : t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/** The first message for each field named in a validation error, keyed by field name. */
export function describeFieldErrors(error: unknown, t: Translate): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError) || error.details.length === 0) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const name = fieldName(detail.path);
    if (name === '' || name in result) continue;
    result[name] = describeFieldError(detail, t);
  }
  return result;
}
