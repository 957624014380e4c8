import type { z } from 'zod';
import { apiPaths, csrfCookieName, csrfHeaderName, type ErrorDetail } from '@alumni/shared';
import { ApiError, toApiError } from './api-error';
import { documentCookies, readCookie } from './cookies';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface RequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  body?: unknown;
  /** Checked before sending, so the form hears about bad input without a round trip. */
  bodySchema?: z.ZodType;
  query?: QueryParams;
  /** A file upload, sent as multipart/form-data instead of a JSON body. */
  form?: FormData;
  signal?: AbortSignal;
}

let rememberedCsrfToken: string | null = null;
let pendingCsrfToken: Promise<string> | null = null;

/** The server returns the current token with the session; it is used when the cookie cannot be read. */
export function rememberCsrfToken(token: string | null): void {
  rememberedCsrfToken = token;
}

export function withQuery(path: string, query: QueryParams | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const valueAt = (body: unknown, path: readonly PropertyKey[]): unknown => {
  let current: unknown = body;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
};

/** Validates a request body with its shared schema; failures look like the server's validation errors. */
export function validateBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const details: ErrorDetail[] = result.error.issues.map((issue) => {
    const value = valueAt(body, issue.path);
    const empty = value === undefined || (typeof value === 'string' && value.trim() === '');
    return {
      path: issue.path.map(String).join('.'),
      message: issue.message,
      code: empty && issue.path.length > 0 ? 'required' : issue.code,
    };
  });
  throw new ApiError({ status: 400, code: 'validation_failed', message: 'Invalid input', details });
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', message: 'The service could not be reached' });
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function fetchCsrfToken(): Promise<string> {
  const response = await send(apiPaths.csrf, { method: 'GET', headers: { accept: 'application/json' } });
  const body = await readJson(response);
  if (!response.ok) throw toApiError(response.status, body, response.headers.get('retry-after'));
  const token =
    body !== null && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string'
      ? body.csrfToken
      : null;
  if (token === null) throw new ApiError({ status: response.status, code: 'invalid_response', message: 'No CSRF token' });
  rememberedCsrfToken = token;
  return readCookie(csrfCookieName, documentCookies()) ?? token;
}

/** The double-submit token: the cookie when it is there, else one fetched from the server (which also sets the cookie). */
async function csrfToken(): Promise<string> {
  const fromCookie = readCookie(csrfCookieName, documentCookies());
  if (fromCookie) return fromCookie;
  if (rememberedCsrfToken) return rememberedCsrfToken;
  pendingCsrfToken ??= fetchCsrfToken().finally(() => {
    pendingCsrfToken = null;
  });
  return pendingCsrfToken;
}

export function request<S extends z.ZodType>(path: string, options: RequestOptions & { schema: S }): Promise<z.output<S>>;
export function request(path: string, options?: RequestOptions & { schema?: undefined }): Promise<void>;
export async function request(
  path: string,
  options: RequestOptions & { schema?: z.ZodType } = {},
): Promise<unknown> {
  const method = options.method ?? 'GET';
  const body = options.bodySchema ? validateBody(options.bodySchema, options.body) : options.body;
  const url = withQuery(path, options.query);

  const attempt = async (): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    // The browser sets a multipart body's content type itself, with its boundary.
    if (body !== undefined && !options.form) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers[csrfHeaderName] = await csrfToken();
    return send(url, {
      method,
      headers,
      body: options.form ?? (body === undefined ? null : JSON.stringify(body)),
      signal: options.signal ?? null,
    });
  };

  let response = await attempt();
  if (!response.ok) {
    let errorBody = await readJson(response);
    let error = toApiError(response.status, errorBody, response.headers.get('retry-after'));
    if (error.code === 'csrf_failed') {
      // The token may have been rotated (sign-in, sign-out) since it was read: fetch a fresh one and try once more.
      rememberedCsrfToken = null;
      await fetchCsrfToken();
      response = await attempt();
      if (!response.ok) {
        errorBody = await readJson(response);
        error = toApiError(response.status, errorBody, response.headers.get('retry-after'));
      }
    }
    if (!response.ok) throw error;
  }

  if (!options.schema) return undefined;
  const json = await readJson(response);
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({ status: response.status, code: 'invalid_response', message: 'Unexpected response from the service' });
  }
  return parsed.data;
}
