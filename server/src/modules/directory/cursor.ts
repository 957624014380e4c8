import { z } from 'zod';
import { AppError } from '../../lib/errors.js';

/**
 * Keyset cursors of the directory, opaque to clients (base64url JSON):
 * - ranked search (with `q`): the row's name score `k`, its full rank `r` (fixed-precision decimals,
 *   compared exactly as `numeric`) and its id;
 * - listing by name (no `q`): the folded last and first names and the id, or, for names too long
 *   to fit the 200 characters a cursor may have, the id alone, whose names are then looked up.
 */
const ZDecimal = z.string().regex(/^\d{1,3}(\.\d{1,6})?$/);
const ZRanked = z.tuple([z.literal('r'), ZDecimal, ZDecimal, z.uuid()]);
const ZByName = z.tuple([z.literal('n'), z.string().max(400), z.string().max(400), z.uuid()]);
const ZById = z.tuple([z.literal('i'), z.uuid()]);

export type RankedCursor = { kind: 'ranked'; k: string; r: string; id: string };
export type NameCursor = { kind: 'name'; last: string; first: string; id: string } | { kind: 'id'; id: string };
export type DirectoryCursor = RankedCursor | NameCursor;

const maxCursorLength = 200;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

export function encodeCursor(cursor: DirectoryCursor): string {
  if (cursor.kind === 'ranked') return encode(['r', cursor.k, cursor.r, cursor.id]);
  if (cursor.kind === 'id') return encode(['i', cursor.id]);
  const full = encode(['n', cursor.last, cursor.first, cursor.id]);
  return full.length <= maxCursorLength ? full : encode(['i', cursor.id]);
}

const invalidCursor = () =>
  new AppError('validation_failed', 'Invalid cursor: start again from the first page', [{ path: 'cursor', message: 'Invalid cursor' }]);

function parse(raw: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw invalidCursor();
  try {
    return JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
}

/** The cursor of a ranked search that a client sent back; anything this module did not make is a 400. */
export function decodeRankedCursor(raw: string): RankedCursor {
  const ranked = ZRanked.safeParse(parse(raw));
  if (!ranked.success) throw invalidCursor();
  return { kind: 'ranked', k: ranked.data[1], r: ranked.data[2], id: ranked.data[3] };
}

/** The cursor of the list by name that a client sent back; anything this module did not make is a 400. */
export function decodeNameCursor(raw: string): NameCursor {
  const parsed = parse(raw);
  const byName = ZByName.safeParse(parsed);
  if (byName.success) return { kind: 'name', last: byName.data[1], first: byName.data[2], id: byName.data[3] };
  const byId = ZById.safeParse(parsed);
  if (byId.success) return { kind: 'id', id: byId.data[1] };
  throw invalidCursor();
}
