import { sql, type SQL } from 'drizzle-orm';
import { AppError } from './errors.js';

/** An opaque keyset cursor: a sort key and the row's id, base64url-encoded. */
export const encodeCursor = (key: string, id: string): string => Buffer.from(JSON.stringify([key, id])).toString('base64url');

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor's key and id, or undefined for none; a forged cursor is a 400, never a 500. */
export function decodeCursor(cursor: string | undefined): { key: string; id: string } | undefined {
  if (!cursor) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string' && uuid.test(parsed[1]) && !parsed[0].includes('\0')) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw new AppError('validation_failed', 'Invalid cursor', [{ path: 'cursor', message: 'Invalid cursor' }]);
}

/**
 * A timestamp column in microseconds, as text: what PostgreSQL stores, so a cursor made of it
 * neither skips nor repeats rows (a JavaScript Date would round to milliseconds).
 */
export const microsOf = (column: SQL | SQL.Aliased | { getSQL: () => SQL }) => sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;

/** The instant a `microsOf` key names. */
export const atMicros = (key: string): SQL => sql`timestamptz 'epoch' + ${key}::bigint * interval '1 microsecond'`;

/** A cursor of `microsOf` and an id, with the time as SQL ready to compare; a forged one is a 400. */
export function decodeTimeCursor(cursor: string | undefined): { at: SQL; id: string } | undefined {
  const after = decodeCursor(cursor);
  if (!after) return undefined;
  if (!/^-?\d{1,18}$/.test(after.key)) throw new AppError('validation_failed', 'Invalid cursor', [{ path: 'cursor', message: 'Invalid cursor' }]);
  return { at: atMicros(after.key), id: after.id };
}
