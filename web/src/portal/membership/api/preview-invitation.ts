import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZInvitationPreview, ZTokenBody, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

/** What an invitation pre-fills. A POST, so the token stays out of the URL the server logs. */
export const previewInvitation = (token: string, signal?: AbortSignal) =>
  request(apiPaths.invitationPreview, {
    method: 'POST',
    body: { token },
    bodySchema: ZTokenBody,
    schema: ZInvitationPreview,
    signal,
  });

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['invitation', 'preview', token],
    queryFn: ({ signal }) => previewInvitation(token, signal),
    // An invalid or used link stays invalid; asking again only delays the message.
    retry: false,
    staleTime: Infinity,
  });

export const useInvitationPreview = (token: string | null) =>
  useQuery({ ...invitationPreviewQueryOptions(token ?? ''), enabled: token !== null && token !== '' });
