import { describe, expect, it } from 'vitest';
import { filterParams } from '../../components/filter-params';
import { hasRecordFilters, recordFilterEntries, recordFiltersFrom } from './record-filters';

describe('record filters', () => {
  it('reads every filter from the URL', () => {
    const filters = recordFiltersFrom(new URLSearchParams('q=virtanen&department=Sales&leftFrom=2020-01-01&leftTo=2024-12-31&notMember=true'));
    expect(filters).toEqual({ q: 'virtanen', department: 'Sales', leftFrom: '2020-01-01', leftTo: '2024-12-31', notMember: true });
    expect(filterParams(recordFilterEntries(filters)).toString()).toBe(
      'q=virtanen&department=Sales&leftFrom=2020-01-01&leftTo=2024-12-31&notMember=true',
    );
  });

  it('drops malformed dates and anything but notMember=true', () => {
    const filters = recordFiltersFrom(new URLSearchParams('leftFrom=2020-13-01&leftTo=31.12.2024&notMember=yes&q=%20%20'));
    expect(filters).toEqual({ q: undefined, department: undefined, leftFrom: undefined, leftTo: undefined, notMember: undefined });
    expect(hasRecordFilters(filters)).toBe(false);
  });

  it('sends notMember only when it is asked for', () => {
    expect(recordFilterEntries({ notMember: false }).notMember).toBeUndefined();
    expect(recordFilterEntries({ notMember: true }).notMember).toBe('true');
  });
});
