import { describe, expect, it } from 'vitest';
import { filterParams } from '../../components/filter-params';
import { eventFilterEntries, eventFiltersFrom, eventListQuery } from './event-filters';

describe('the event list’s filters', () => {
  it('shows upcoming events unless the URL says otherwise', () => {
    expect(eventFiltersFrom(new URLSearchParams())).toEqual({ when: 'upcoming', status: undefined });
    expect(eventFiltersFrom(new URLSearchParams('when=past&status=cancelled'))).toEqual({ when: 'past', status: 'cancelled' });
  });

  it('drops values the API would refuse', () => {
    expect(eventFiltersFrom(new URLSearchParams('when=tomorrow&status=archived'))).toEqual({ when: 'upcoming', status: undefined });
  });

  it('round-trips through the URL, leaving the default out', () => {
    expect(filterParams(eventFilterEntries({ when: 'upcoming' })).toString()).toBe('');
    const params = filterParams(eventFilterEntries({ when: 'all', status: 'draft' }));
    expect(params.toString()).toBe('when=all&status=draft');
    expect(eventFiltersFrom(params)).toEqual({ when: 'all', status: 'draft' });
  });

  it('asks the API for no time filter when all events are wanted', () => {
    expect(eventListQuery({ when: 'all', status: 'published' })).toEqual({ when: undefined, status: 'published' });
    expect(eventListQuery({ when: 'past' })).toEqual({ when: 'past', status: undefined });
  });
});
