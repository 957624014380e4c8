import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, filtersToQuery, hasFilters, shareRefFrom } from './job-params';

describe('the job board filters', () => {
  it('reads the filters from the URL', () => {
    expect(filtersFromParams(new URLSearchParams('q=%20nurse%20&type=summer&department=Care&location=Oulu&remote=false'))).toEqual({
      q: 'nurse',
      type: 'summer',
      department: 'Care',
      location: 'Oulu',
      remote: false,
    });
  });

  it('drops what the API would not accept', () => {
    expect(filtersFromParams(new URLSearchParams('type=forever&remote=yes&q=%20%20'))).toEqual({
      q: undefined,
      type: undefined,
      department: undefined,
      location: undefined,
      remote: undefined,
    });
    expect(filtersFromParams(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('writes only the set filters, keeping an on-site choice', () => {
    expect(filtersToParams({ q: 'nurse', remote: false }).toString()).toBe('q=nurse&remote=false');
    expect(filtersToParams({ remote: true }).toString()).toBe('remote=true');
    expect(filtersToParams({}).toString()).toBe('');
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ remote: false })).toBe(true);
  });

  it('round-trips through the URL', () => {
    const filters = { q: 'data', type: 'project', department: 'IT', location: 'Espoo', remote: true } as const;
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
  });

  it('sends the remote flag as the API reads it', () => {
    expect(filtersToQuery({ remote: true }).remote).toBe('true');
    expect(filtersToQuery({ remote: false }).remote).toBe('false');
    expect(filtersToQuery({}).remote).toBeUndefined();
  });
});

describe('a shared link', () => {
  it('passes on a share code', () => {
    expect(shareRefFrom(new URLSearchParams('ref=AbCdEfGh_-123456'))).toBe('AbCdEfGh_-123456');
  });

  it('ignores anything that is not one', () => {
    expect(shareRefFrom(new URLSearchParams('ref=short'))).toBeNull();
    expect(shareRefFrom(new URLSearchParams('ref=AbCdEfGh%2F-123456'))).toBeNull();
    expect(shareRefFrom(new URLSearchParams(''))).toBeNull();
  });
});
