import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZMailPreferences, ZPreferencesToken, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const mailPreferencesQueryKey = (token: string) => ['mail-preferences', token] as const;

/**
 * Whose preferences the link is for and what they are. Opening the link changes nothing (mail
 * scanners open links); a POST keeps the token out of the server's request log.
 */
export const getMailPreferences = (token: string, signal?: AbortSignal) =>
  request(apiPaths.mailPreferences, { method: 'POST', body: { token }, bodySchema: ZPreferencesToken, schema: ZMailPreferences, signal });

export const mailPreferencesQueryOptions = (token: string) =>
  queryOptions({
    queryKey: mailPreferencesQueryKey(token),
    queryFn: ({ signal }) => getMailPreferences(token, signal),
    // A tampered or expired link stays so; asking again only delays the message.
    retry: false,
  });

export const useMailPreferences = (token: string | null) =>
  useQuery({ ...mailPreferencesQueryOptions(token ?? ''), enabled: token !== null });
