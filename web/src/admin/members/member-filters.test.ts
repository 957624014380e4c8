import { describe, expect, it } from 'vitest';
import { apiPaths } from '@alumni/shared';
import { filterParams } from '../../components/filter-params';
import { hasMemberFilters, memberFilterEntries, memberFiltersFrom, membersExportHref } from './member-filters';

describe('member filters', () => {
  it('reads every filter from the URL', () => {
    const params = new URLSearchParams(
      'q=%20aino%20&status=active&memberType=intern&department=Finance&verification=pending&consent=newsletter&joinedFrom=2026-01-01&joinedTo=2026-02-28',
    );
    expect(memberFiltersFrom(params)).toEqual({
      q: 'aino',
      status: 'active',
      memberType: 'intern',
      department: 'Finance',
      verification: 'pending',
      consent: 'newsletter',
      joinedFrom: '2026-01-01',
      joinedTo: '2026-02-28',
    });
  });

  it('drops values the API would refuse', () => {
    const filters = memberFiltersFrom(
      new URLSearchParams('q=%20&status=gone&memberType=boss&verification=maybe&consent=spam&joinedFrom=2026-02-30&joinedTo=yesterday'),
    );
    expect(filters).toEqual({
      q: undefined,
      status: undefined,
      memberType: undefined,
      department: undefined,
      verification: undefined,
      consent: undefined,
      joinedFrom: undefined,
      joinedTo: undefined,
    });
    expect(hasMemberFilters(filters)).toBe(false);
  });

  it('cuts a search longer than the API accepts', () => {
    expect(memberFiltersFrom(new URLSearchParams({ q: 'a'.repeat(150) })).q).toHaveLength(100);
  });

  it('round-trips through the URL', () => {
    const filters = memberFiltersFrom(new URLSearchParams('verification=info_requested&joinedTo=2025-12-31'));
    expect(hasMemberFilters(filters)).toBe(true);
    expect(filterParams(memberFilterEntries(filters)).toString()).toBe('verification=info_requested&joinedTo=2025-12-31');
  });

  it('exports the same filtered list', () => {
    expect(membersExportHref({ q: 'Åsa Öberg', consent: 'job_alerts' })).toBe(
      `${apiPaths.adminMembersExport}?q=%C3%85sa+%C3%96berg&consent=job_alerts`,
    );
    expect(membersExportHref({})).toBe(apiPaths.adminMembersExport);
  });
});
