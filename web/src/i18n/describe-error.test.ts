import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { describeError, describeFieldErrors } from './describe-error';
import { en } from './en';
import { createTranslator } from './translate';

const t = createTranslator(en);

describe('describeError', () => {
  it('explains known codes in the UI language', () => {
    expect(describeError(new ApiError({ status: 401, code: 'invalid_credentials', message: 'x' }), t)).toBe(
      en['errors.invalidCredentials'],
    );
    expect(describeError(new Error('boom'), t)).toBe(en['errors.generic']);
  });

  it('says how long to wait when the server says so', () => {
    const error = new ApiError({ status: 429, code: 'rate_limited', message: 'x', retryAfterSeconds: 30 });
    expect(describeError(error, t)).toBe('Too many attempts. Please wait 30 seconds and try again.');
  });

  it('lets a form choose its own wording for a code', () => {
    const error = new ApiError({ status: 401, code: 'invalid_credentials', message: 'x' });
    expect(describeError(error, t, { invalid_credentials: 'errors.wrongPassword' })).toBe(en['errors.wrongPassword']);
  });

  it('treats a malformed token as an invalid link', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'x',
      details: [{ path: 'token', message: 'bad', code: 'invalid_format' }],
    });
    expect(describeError(error, t)).toBe(en['errors.invalidToken']);
  });
});

describe('describeFieldErrors', () => {
  it('maps details to fields with translated messages, first message per field', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'x',
      details: [
        { path: 'body.email', message: 'Invalid email', code: 'invalid_format' },
        { path: 'password', message: 'Too small', code: 'too_small' },
        { path: 'password', message: 'Other', code: 'custom' },
        { path: 'firstName', message: 'Required', code: 'required' },
      ],
    });
    expect(describeFieldErrors(error, t)).toEqual({
      email: en['validation.email'],
      password: 'Use at least 10 characters.',
      firstName: en['validation.required'],
    });
  });
});

describe('server rule codes on fields', () => {
  it('says a wrong current password on its field, not "check this value"', () => {
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'x',
      details: [{ path: 'currentPassword', message: 'The current password is wrong', code: 'wrong_password' }],
    });
    expect(describeFieldErrors(error, t)).toEqual({ currentPassword: en['errors.wrongPassword'] });
  });
});
