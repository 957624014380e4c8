import { ZEventStatus, type AdminEventQuery, type EventStatus } from '@alumni/shared';

/** Which events the list shows by time; upcoming unless the URL says otherwise. */
export const eventWhens = ['upcoming', 'past', 'all'] as const;
export type EventWhen = (typeof eventWhens)[number];

export interface EventListFilters {
  when: EventWhen;
  status?: EventStatus | undefined;
}

/** Reads the filters from the page's URL; a value the API would refuse is dropped. */
export function eventFiltersFrom(params: URLSearchParams): EventListFilters {
  const when = params.get('when');
  const status = ZEventStatus.safeParse(params.get('status'));
  return {
    when: when === 'past' || when === 'all' ? when : 'upcoming',
    status: status.success ? status.data : undefined,
  };
}

/** The filters for the URL, in a fixed order; the default (upcoming) is left out. */
export const eventFilterEntries = (filters: EventListFilters): Record<string, string | undefined> => ({
  when: filters.when === 'upcoming' ? undefined : filters.when,
  status: filters.status,
});

/** The filters as the API takes them: "all" is no time filter. */
export const eventListQuery = (filters: EventListFilters): Pick<AdminEventQuery, 'when' | 'status'> => ({
  when: filters.when === 'all' ? undefined : filters.when,
  status: filters.status,
});
