import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZSegmentPage, apiPaths, type SegmentPage } from '@alumni/shared';
import { request } from '../../../api/client';

export const segmentsPageSize = 50;

export const getSegments = (cursor: string | undefined, signal?: AbortSignal): Promise<SegmentPage> =>
  request(apiPaths.adminSegments, { query: { limit: segmentsPageSize, cursor }, schema: ZSegmentPage, signal });

export const segmentsQueryKey = ['admin', 'segments'] as const;

/** The saved segments, by name. */
export const segmentsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...segmentsQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getSegments(pageParam ?? undefined, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useSegments = () => useInfiniteQuery(segmentsQueryOptions());
