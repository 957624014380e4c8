import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ZNewsletterAudience, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { newslettersQueryKey } from './get-newsletters';

/** Who the audience (a segment, or null for everyone) holds now, and who of them the newsletter reaches. */
export const getNewsletterAudience = (segmentId: string | null, signal?: AbortSignal) =>
  request(apiPaths.adminNewsletterAudience, { query: { segmentId }, schema: ZNewsletterAudience, signal });

export const newsletterAudienceQueryOptions = (segmentId: string | null) =>
  queryOptions({
    queryKey: [...newslettersQueryKey, 'audience', segmentId ?? 'everyone'],
    queryFn: ({ signal }) => getNewsletterAudience(segmentId, signal),
    // The last count stays on screen while another audience is counted.
    placeholderData: keepPreviousData,
  });

export const useNewsletterAudience = (segmentId: string | null) => useQuery(newsletterAudienceQueryOptions(segmentId));
