import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ZLoginBody, ZSessionInfo, apiPaths, csrfHeaderName } from '@alumni/shared';
import { ApiError, parseRetryAfter, toApiError } from './api-error';
import { readCookie } from './cookies';
import { rememberCsrfToken, request, validateBody, withQuery } from './client';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

const user = {
  id: '7f9c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
  email: 'anna@example.com',
  role: 'member',
  status: 'active',
  language: 'fi',
  firstName: 'Anna',
  lastName: 'Virtanen',
  emailVerified: true,
  createdAt: '2025-01-01T10:00:00.000Z',
  lastLoginAt: null,
};

describe('toApiError', () => {
  it('reads code, message and per-field details from the error body', () => {
    const error = toApiError(400, {
      error: {
        code: 'validation_failed',
        message: 'Invalid input',
        details: [{ path: 'email', message: 'Invalid email address' }],
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Invalid input');
    expect(error.details).toEqual([{ path: 'email', message: 'Invalid email address' }]);
  });

  it('falls back to a code from the status when the body is not the error format', () => {
    expect(toApiError(404, '<html>').code).toBe('not_found');
    expect(toApiError(502, undefined).code).toBe('internal');
    expect(toApiError(429, undefined, '12').retryAfterSeconds).toBe(12);
  });
});

describe('parseRetryAfter', () => {
  it('understands seconds and HTTP dates', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', Date.parse('2025-01-01T00:00:00Z'))).toBe(60);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('readCookie', () => {
  it('finds one cookie among many and decodes it', () => {
    expect(readCookie('alumni_csrf', 'a=1; alumni_csrf=abc%3D; b=2')).toBe('abc=');
    expect(readCookie('alumni_csrf', 'alumni_csrf_old=x')).toBeNull();
  });
});

describe('withQuery', () => {
  it('leaves out empty values', () => {
    expect(withQuery('/x', { limit: 25, cursor: undefined, q: '', role: 'hr' })).toBe('/x?limit=25&role=hr');
    expect(withQuery('/x', {})).toBe('/x');
  });
});

describe('validateBody', () => {
  it('fails like the server would, marking empty fields as required', () => {
    try {
      validateBody(ZLoginBody, { email: 'not-an-email', password: '' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      const apiError = error as ApiError;
      expect(apiError.code).toBe('validation_failed');
      expect(apiError.details.map((d) => [d.path, d.code])).toEqual([
        ['email', 'invalid_format'],
        ['password', 'required'],
      ]);
    }
  });

  it('returns the parsed body (trimmed, lower-cased email)', () => {
    expect(validateBody(ZLoginBody, { email: ' Anna@Example.com ', password: 'pw' })).toEqual({
      email: 'anna@example.com',
      password: 'pw',
    });
  });
});

describe('request', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    rememberCsrfToken(null);
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fetches a CSRF token before the first write and sends it in the header', async () => {
    fetchMock
      .mockResolvedValueOnce(json(200, { csrfToken: 'token-1' }))
      .mockResolvedValueOnce(json(200, { user, csrfToken: 'token-2' }));

    const session = await request(apiPaths.login, {
      method: 'POST',
      body: { email: 'anna@example.com', password: 'secret' },
      bodySchema: ZLoginBody,
      schema: ZSessionInfo,
    });

    expect(session.user.firstName).toBe('Anna');
    expect(fetchMock.mock.calls[0]?.[0]).toBe(apiPaths.csrf);
    const [url, init] = fetchMock.mock.calls[1] ?? [];
    expect(url).toBe(apiPaths.login);
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get(csrfHeaderName)).toBe('token-1');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(init?.body).toBe(JSON.stringify({ email: 'anna@example.com', password: 'secret' }));
  });

  it('sends no CSRF header on reads', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { user, csrfToken: 't' }));
    await request(apiPaths.session, { schema: ZSessionInfo });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const init = fetchMock.mock.calls[0]?.[1];
    expect(new Headers(init?.headers).has(csrfHeaderName)).toBe(false);
  });

  it('throws an ApiError with details and Retry-After', async () => {
    rememberCsrfToken('t');
    fetchMock.mockResolvedValueOnce(
      json(429, { error: { code: 'rate_limited', message: 'Slow down' } }, { 'retry-after': '42' }),
    );
    const failure = request(apiPaths.magicLink, { method: 'POST', body: { email: 'a@b.fi' } });
    await expect(failure).rejects.toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 42 });
  });

  it('retries once with a fresh token when the CSRF check fails', async () => {
    rememberCsrfToken('stale');
    fetchMock
      .mockResolvedValueOnce(json(403, { error: { code: 'csrf_failed', message: 'Bad token' } }))
      .mockResolvedValueOnce(json(200, { csrfToken: 'fresh' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));

    await request(apiPaths.logout, { method: 'POST' });

    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(new Headers(fetchMock.mock.calls[2]?.[1]?.headers).get(csrfHeaderName)).toBe('fresh');
  });

  it('does not send a body that fails its schema', async () => {
    await expect(
      request(apiPaths.login, { method: 'POST', body: { email: '', password: '' }, bodySchema: ZLoginBody }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports an unreachable service as a network error', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(request(apiPaths.session, { schema: ZSessionInfo })).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('rejects an answer that does not match its schema', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { user: { id: 'x' }, csrfToken: 't' }));
    await expect(request(apiPaths.session, { schema: ZSessionInfo })).rejects.toMatchObject({ code: 'invalid_response' });
  });
});
