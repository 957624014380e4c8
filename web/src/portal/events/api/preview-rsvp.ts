import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZRsvpTokenBody, ZRsvpTokenView, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const rsvpPreviewQueryKey = (token: string) => ['rsvp', 'preview', token] as const;

/**
 * The event and the member's answer as the invitation link sees them. Opening the link answers
 * nothing (mail scanners open links); a POST keeps the token out of the server's request log.
 */
export const previewRsvp = (token: string, signal?: AbortSignal) =>
  request(apiPaths.rsvpPreview, { method: 'POST', body: { token }, bodySchema: ZRsvpTokenBody, schema: ZRsvpTokenView, signal });

export const rsvpPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: rsvpPreviewQueryKey(token),
    queryFn: ({ signal }) => previewRsvp(token, signal),
    // A tampered or expired link stays so; asking again only delays the message.
    retry: false,
  });

export const useRsvpPreview = (token: string | null) => useQuery({ ...rsvpPreviewQueryOptions(token ?? ''), enabled: token !== null });
