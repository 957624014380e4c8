import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.js';
import { decodeNameCursor, decodeRankedCursor, encodeCursor } from './cursor.js';

const id = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('directory cursors', () => {
  it('round-trip what they encode', () => {
    const at = { last: 'sjoberg', first: 'goran', id };
    expect(decodeRankedCursor(encodeCursor({ kind: 'ranked', k: '0.415', at }))).toEqual({ kind: 'ranked', k: '0.415', at });
    expect(decodeNameCursor(encodeCursor({ kind: 'name', at }))).toEqual({ kind: 'name', at });
  });

  it('fall back to the id alone when the names would not fit in a cursor', () => {
    const at = { last: 'x'.repeat(150), first: 'y'.repeat(100), id };
    const byName = encodeCursor({ kind: 'name', at });
    expect(byName.length).toBeLessThanOrEqual(200);
    expect(decodeNameCursor(byName)).toEqual({ kind: 'name', at: { id } });
    const ranked = encodeCursor({ kind: 'ranked', k: '2', at });
    expect(ranked.length).toBeLessThanOrEqual(200);
    expect(decodeRankedCursor(ranked)).toEqual({ kind: 'ranked', k: '2', at: { id } });
  });

  it('refuse anything else with a validation error on the cursor', () => {
    const ranked = encodeCursor({ kind: 'ranked', k: '1', at: { last: 'a', first: 'b', id } });
    const bad = [
      'not base64!',
      Buffer.from('not json').toString('base64url'),
      Buffer.from(JSON.stringify(['r', '1e9', 'a', 'b', id])).toString('base64url'),
      Buffer.from(JSON.stringify(['r', '1', 'a', 'b', 'not-a-uuid'])).toString('base64url'),
      Buffer.from(JSON.stringify(['r', '-1', 'a', 'b', id])).toString('base64url'),
      Buffer.from(JSON.stringify(['ri', '1', 'a', id])).toString('base64url'),
      Buffer.from(JSON.stringify(['n', 'a', 1, id])).toString('base64url'),
    ];
    for (const raw of bad) {
      expect(() => decodeRankedCursor(raw)).toThrow(AppError);
      expect(() => decodeNameCursor(raw)).toThrow(AppError);
    }
    // A ranked search's cursor is no cursor of the list by name.
    expect(() => decodeNameCursor(ranked)).toThrow(/Invalid cursor/);
    let caught: unknown;
    try {
      decodeRankedCursor('x.y');
    } catch (err) {
      caught = err;
    }
    expect(caught).toMatchObject({ code: 'validation_failed', status: 400, details: [{ path: 'cursor' }] });
  });
});
