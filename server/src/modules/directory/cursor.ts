import { z } from 'zod';
import { AppError } from '../../lib/errors.js';

/**
 * Keyset cursors of the directory, opaque to clients (base64url JSON). Both orders end in the
 * folded last name, the folded first name and the id, so a cursor holds those (or, for names too
 * long to fit the 200 characters a cursor may have, the id alone, whose names are then looked up):
 * - listing by name (no `q`): just that position;
 * - ranked search (with `q`): also the row's score `k`, a fixed-precision decimal compared exactly
 *   as `numeric`.
 */
const ZDecimal = z.string().regex(/^\d{1,3}(\.\d{1,6})?$/);
const ZName = z.string().max(400);
const ZByName = z.tuple([z.literal('n'), ZName, ZName, z.uuid()]);
const ZById = z.tuple([z.literal('i'), z.uuid()]);
const ZRanked = z.tuple([z.literal('r'), ZDecimal, ZName, ZName, z.uuid()]);
const ZRankedById = z.tuple([z.literal('ri'), ZDecimal, z.uuid()]);

/** Where a page ended in name order: the folded names and the id, or the id alone. */
export type Position = { last: string; first: string; id: string } | { id: string };
export type NameCursor = { kind: 'name'; at: Position };
export type RankedCursor = { kind: 'ranked'; k: string; at: Position };
export type DirectoryCursor = RankedCursor | NameCursor;

const maxCursorLength = 200;
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

export function encodeCursor(cursor: DirectoryCursor): string {
  const { at } = cursor;
  if (cursor.kind === 'ranked') {
    const full = 'last' in at ? encode(['r', cursor.k, at.last, at.first, at.id]) : null;
    return full !== null && full.length <= maxCursorLength ? full : encode(['ri', cursor.k, at.id]);
  }
  const full = 'last' in at ? encode(['n', at.last, at.first, at.id]) : null;
  return full !== null && full.length <= maxCursorLength ? full : encode(['i', at.id]);
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
  const parsed = parse(raw);
  const ranked = ZRanked.safeParse(parsed);
  if (ranked.success) {
    const [, k, last, first, id] = ranked.data;
    return { kind: 'ranked', k, at: { last, first, id } };
  }
  const byId = ZRankedById.safeParse(parsed);
  if (byId.success) return { kind: 'ranked', k: byId.data[1], at: { id: byId.data[2] } };
  throw invalidCursor();
}

/** The cursor of the list by name that a client sent back; anything this module did not make is a 400. */
export function decodeNameCursor(raw: string): NameCursor {
  const parsed = parse(raw);
  const byName = ZByName.safeParse(parsed);
  if (byName.success) {
    const [, last, first, id] = byName.data;
    return { kind: 'name', at: { last, first, id } };
  }
  const byId = ZById.safeParse(parsed);
  if (byId.success) return { kind: 'name', at: { id: byId.data[1] } };
  throw invalidCursor();
}
