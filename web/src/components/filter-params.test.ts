import { describe, expect, it } from 'vitest';
import { filterParams } from './filter-params';

describe('filterParams', () => {
  it('keeps the filters that are set, in order', () => {
    expect(filterParams({ q: 'aino', role: undefined, status: '', from: '2026-01-01' }).toString()).toBe('q=aino&from=2026-01-01');
  });
});
