import { describe, expect, it } from 'vitest';
import { matchesEtag, prefixQuery } from './service.js';
import { seesEveryPhoto, visibilitiesFor } from './visibility.js';

describe('prefixQuery', () => {
  it('makes every word a prefix that must match', () => {
    expect(prefixQuery('Anna Virt')).toBe('Anna:* & Virt:*');
    expect(prefixQuery("  O'Brien-Sjöberg, c++ ")).toBe('O:* & Brien:* & Sjöberg:* & c:*');
  });
  it('leaves no operator or quote of the user in the query', () => {
    expect(prefixQuery("a & b | !c <-> 'd':*")).toBe('a:* & b:* & c:* & d:*');
    expect(prefixQuery('&|!()')).toBeNull();
  });
});

describe('matchesEtag', () => {
  it('accepts the tag, its weak form, a list containing it, and *', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag('"abcd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});

describe('who sees whom', () => {
  it('shows staff-only members to staff roles only', () => {
    expect(visibilitiesFor('member')).toEqual(['members']);
    for (const role of ['hr', 'recruiter', 'admin'] as const) expect(visibilitiesFor(role)).toEqual(['members', 'staff']);
  });
  it('lets HR and admins see every photo, as the console does', () => {
    expect(seesEveryPhoto('hr')).toBe(true);
    expect(seesEveryPhoto('admin')).toBe(true);
    expect(seesEveryPhoto('recruiter')).toBe(false);
    expect(seesEveryPhoto('member')).toBe(false);
  });
});
