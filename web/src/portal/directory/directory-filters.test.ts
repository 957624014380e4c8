import { describe, expect, it } from 'vitest';
import { filtersFromParams, filtersToParams, filtersToQuery, hasFilters } from './directory-filters';

describe('directory filters in the URL', () => {
  it('reads what is set and leaves the rest out', () => {
    const filters = filtersFromParams(new URLSearchParams('q=aino&skill=SQL&memberType=intern&mentor=true'));
    expect(filters).toEqual({
      q: 'aino',
      skill: 'SQL',
      department: undefined,
      city: undefined,
      memberType: 'intern',
      mentor: true,
      speaker: undefined,
      openToReturn: undefined,
    });
  });

  it('drops values the API would refuse', () => {
    const filters = filtersFromParams(new URLSearchParams(`memberType=boss&speaker=yes&q=${'x'.repeat(150)}&city=%20%20`));
    expect(filters.memberType).toBeUndefined();
    expect(filters.speaker).toBeUndefined();
    expect(filters.q).toHaveLength(100);
    expect(filters.city).toBeUndefined();
  });

  it('writes only the filters that are set, and reads them back the same', () => {
    const params = filtersToParams({ q: ' virtanen ', department: 'Finance', openToReturn: true, mentor: false });
    expect(params.toString()).toBe('q=virtanen&department=Finance&openToReturn=true');
    expect(filtersToParams(filtersFromParams(params)).toString()).toBe(params.toString());
  });

  it('sends flags the way the API reads them', () => {
    expect(filtersToQuery({ mentor: true, speaker: undefined })).toMatchObject({ mentor: 'true', speaker: undefined });
  });

  it('knows whether anything is filtered', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: '  ' })).toBe(false);
    expect(hasFilters({ city: 'Espoo' })).toBe(true);
  });
});
