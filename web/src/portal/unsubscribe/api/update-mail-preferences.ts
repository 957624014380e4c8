import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZMailPreferences, ZMailPreferencesBody, apiPaths, type MailPreferencesBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { profileQueryKey } from '../../profile/api/get-profile';
import { mailPreferencesQueryKey } from './get-mail-preferences';

/** Saves every channel the link's page shows, by the signed token. */
export const updateMailPreferences = (body: MailPreferencesBody) =>
  request(apiPaths.mailPreferencesUpdate, { method: 'POST', body, bodySchema: ZMailPreferencesBody, schema: ZMailPreferences });

export function useUpdateMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMailPreferences,
    onSuccess: async (preferences, body) => {
      queryClient.setQueryData(mailPreferencesQueryKey(body.token), preferences);
      // The same member may be signed in on this device: their profile's consents are out of date.
      await queryClient.invalidateQueries({ queryKey: profileQueryKey });
    },
  });
}
