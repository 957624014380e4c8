import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZSegmentPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

/** The most segments the audience choice lists; the API's page limit. */
const choicesShown = 100;

/** The saved segments by name, for choosing a survey's audience. */
export const getSegmentChoices = (signal?: AbortSignal) =>
  request(apiPaths.adminSegments, { query: { limit: choicesShown }, schema: ZSegmentPage, signal });

export const segmentChoicesQueryOptions = () =>
  queryOptions({ queryKey: ['admin', 'surveys', 'segment-choices'] as const, queryFn: ({ signal }) => getSegmentChoices(signal) });

export const useSegmentChoices = () => useQuery(segmentChoicesQueryOptions());
