import { describe, expect, it } from 'vitest';
import { createFacetCache, matchesEtag, prefixQuery } from './service.js';
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

describe('the facet cache', () => {
  const lists = (city: string) => ({ departments: ['IT'], cities: [city] });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('keeps the facets of a class of viewers for a while, then counts again without making anyone wait', async () => {
    let now = 0;
    let loads = 0;
    const cache = createFacetCache(60_000, () => now);
    const load = (city: string) => async () => {
      loads++;
      return lists(city);
    };
    expect(await cache.get('members', load('Oulu'))).toEqual(lists('Oulu'));
    now = 59_999;
    expect(await cache.get('members', load('Kemi'))).toEqual(lists('Oulu'));
    expect(await cache.get('members,staff', load('Kemi'))).toEqual(lists('Kemi'));
    expect(loads).toBe(2);
    // Expired: answered from the old count while a new one runs, once.
    now = 60_000;
    const stale = [cache.get('members', load('Tornio')), cache.get('members', load('Ii'))];
    expect(await Promise.all(stale)).toEqual([lists('Oulu'), lists('Oulu')]);
    await settle();
    expect(loads).toBe(3);
    expect(await cache.get('members', load('Ii'))).toEqual(lists('Tornio'));
  });

  it('shares the first count between concurrent callers and forgets a failed one', async () => {
    const cache = createFacetCache(60_000, () => 0);
    let loads = 0;
    const failing = async () => {
      loads++;
      await Promise.resolve();
      throw new Error('database away');
    };
    const both = await Promise.allSettled([cache.get('members', failing), cache.get('members', failing)]);
    expect(both.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(loads).toBe(1);
    expect(await cache.get('members', async () => lists('Salla'))).toEqual(lists('Salla'));
  });

  it('keeps answering the old count when a new count fails', async () => {
    let now = 0;
    const cache = createFacetCache(1000, () => now);
    await cache.get('members', async () => lists('Inari'));
    now = 1000;
    expect(await cache.get('members', async () => Promise.reject(new Error('database away')))).toEqual(lists('Inari'));
    await settle();
    expect(await cache.get('members', async () => lists('Ivalo'))).toEqual(lists('Inari'));
    await settle();
    expect(await cache.get('members', async () => lists('Nellim'))).toEqual(lists('Ivalo'));
  });
});
