import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZMailPreferences, ZPreferencesToken, apiPaths, type PreferencesToken } from '@alumni/shared';
import { request } from '../../../api/client';
import { profileQueryKey } from '../../profile/api/get-profile';
import { mailPreferencesQueryKey } from './get-mail-preferences';

/** The one click the link's page asks for; no sign-in needed, the signed token is enough. */
export const unsubscribeNewsletter = (body: PreferencesToken) =>
  request(apiPaths.mailUnsubscribe, { method: 'POST', body, bodySchema: ZPreferencesToken, schema: ZMailPreferences });

export function useUnsubscribeNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unsubscribeNewsletter,
    onSuccess: async (preferences, body) => {
      queryClient.setQueryData(mailPreferencesQueryKey(body.token), preferences);
      // The same member may be signed in on this device: their profile's consents are out of date.
      await queryClient.invalidateQueries({ queryKey: profileQueryKey });
    },
  });
}
