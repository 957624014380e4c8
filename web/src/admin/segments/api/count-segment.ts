import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ZSegmentCount, ZSegmentCountBody, apiPaths, type SegmentFiltersInput } from '@alumni/shared';
import { request } from '../../../api/client';
import { segmentsQueryKey } from './get-segments';

/** How many members the filters hold, and how many of them may be mailed an event invitation. */
export const countSegment = (filters: SegmentFiltersInput, signal?: AbortSignal) =>
  request(apiPaths.adminSegmentCount, {
    method: 'POST',
    body: { filters, channel: 'event_invites' },
    bodySchema: ZSegmentCountBody,
    schema: ZSegmentCount,
    signal,
  });

/**
 * A read, though sent as a POST (the filters do not fit a query string well); the last count stays
 * on screen while the next one is asked for.
 */
export const segmentCountQueryOptions = (filters: SegmentFiltersInput, enabled: boolean) =>
  queryOptions({
    queryKey: [...segmentsQueryKey, 'count', filters],
    queryFn: ({ signal }) => countSegment(filters, signal),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });

export const useSegmentCount = (filters: SegmentFiltersInput, enabled: boolean) => useQuery(segmentCountQueryOptions(filters, enabled));
