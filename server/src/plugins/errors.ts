import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, ErrorDetail } from '@alumni/shared';
import { errorStatus } from '@alumni/shared';
import { AppError } from '../lib/errors.js';

function send(reply: FastifyReply, code: ErrorCode, message: string, details?: ErrorDetail[]) {
  const body: ErrorBody = { error: { code, message, ...(details && details.length ? { details } : {}) } };
  return reply.code(errorStatus[code]).type('application/json; charset=utf-8').send(body);
}

/** Fastify's own client errors, by code, mapped onto the documented ones. */
const fastifyCodes: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'Send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'validation_failed', message: 'The Content-Length does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'The JSON body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The body is not valid JSON' },
};

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22…): a value the schemas let through but the
 * database cannot hold, such as a NUL character in text or a date out of its range. That is bad
 * input, so it is a 400, never a 500; it is logged as a warning so that the schema gap gets closed.
 */
function dataException(err: unknown): { sqlState: string; message: string } | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return { sqlState: code, message: (e as { message?: string }).message ?? '' };
  }
  return undefined;
}

/** One error handler: every failure leaves in the `{ error: { code, message, details } }` shape. */
export default fp(
  async (app) => {
    app.setErrorHandler((err: FastifyError, request, reply) => {
      if (err instanceof AppError) {
        if (err.headers) void reply.headers(err.headers);
        if (err.code === 'forbidden' || err.code === 'csrf_failed') {
          request.log.warn({ event: 'access_refused', code: err.code, url: request.url, userId: request.auth?.user.id }, err.message);
        }
        return send(reply, err.code, err.message, err.details);
      }
      if (hasZodFastifySchemaValidationErrors(err)) {
        const details = err.validation.map((v) => {
          const where = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
          // An unknown field is reported on the field itself, not on the object that holds it.
          const keys = (v.params as { keys?: unknown }).keys;
          const named = Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
          const path = named.length ? named.map((k) => (where ? `${where}.${k}` : k)).join(', ') : where;
          return { path: path || err.validationContext || '', message: v.message ?? 'Invalid value', code: v.keyword };
        });
        const first = details[0];
        return send(reply, 'validation_failed', first ? `Invalid ${err.validationContext ?? 'request'}: ${first.path ? `${first.path}: ` : ''}${first.message}` : 'Invalid request', details);
      }
      const known = err.code ? fastifyCodes[err.code] : undefined;
      if (known) return send(reply, known.code, known.message);
      if (err instanceof SyntaxError && err.statusCode === 400) return send(reply, 'invalid_json', 'The body is not valid JSON');
      if (err.statusCode === 429) return send(reply, 'rate_limited', 'Too many requests. Try again later.');
      if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
        return send(reply, err.statusCode === 413 ? 'payload_too_large' : err.statusCode === 404 ? 'not_found' : 'validation_failed', err.message);
      }
      const data = dataException(err);
      if (data) {
        request.log.warn({ event: 'data_exception', sqlState: data.sqlState, url: request.url, detail: data.message }, 'input the database refused');
        return send(reply, 'validation_failed', 'A value in the request cannot be stored: check for characters such as NUL and for dates out of range.');
      }
      if (isResponseSerializationError(err)) request.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
      else request.log.error({ err }, 'unhandled error');
      return send(reply, 'internal', 'Something went wrong on our side. Try again later.');
    });
  },
  { name: 'errors' },
);
