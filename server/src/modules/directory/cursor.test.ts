import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors.js';
import { decodeNameCursor, decodeRankedCursor, encodeCursor } from './cursor.js';

const id = '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('directory cursors', () => {
  it('round-trip what they encode', () => {
    expect(decodeRankedCursor(encodeCursor({ kind: 'ranked', k: '2.415', r: '2.415123', id }))).toEqual({ kind: 'ranked', k: '2.415', r: '2.415123', id });
    expect(decodeNameCursor(encodeCursor({ kind: 'name', last: 'sjoberg', first: 'goran', id }))).toEqual({ kind: 'name', last: 'sjoberg', first: 'goran', id });
  });

  it('fall back to the id alone when the names would not fit in a cursor', () => {
    const cursor = encodeCursor({ kind: 'name', last: 'x'.repeat(150), first: 'y'.repeat(100), id });
    expect(cursor.length).toBeLessThanOrEqual(200);
    expect(decodeNameCursor(cursor)).toEqual({ kind: 'id', id });
  });

  it('refuse anything else with a validation error on the cursor', () => {
    const ranked = encodeCursor({ kind: 'ranked', k: '1', r: '1', id });
    const bad = [
      'not base64!',
      Buffer.from('not json').toString('base64url'),
      Buffer.from(JSON.stringify(['r', '1', '1e9', id])).toString('base64url'),
      Buffer.from(JSON.stringify(['r', '1', '1', 'not-a-uuid'])).toString('base64url'),
      Buffer.from(JSON.stringify(['r', '-1', '1', id])).toString('base64url'),
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
