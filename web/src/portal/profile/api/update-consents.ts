import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZProfile, ZUpdateConsentsBody, apiPaths, type UpdateConsentsBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { consentHistoryQueryKey } from './get-consent-history';
import { useStoreProfile } from './store-profile';

export const updateConsents = (body: UpdateConsentsBody) =>
  request(apiPaths.profileConsents, { method: 'PUT', body, bodySchema: ZUpdateConsentsBody, schema: ZProfile });

export function useUpdateConsents() {
  const storeProfile = useStoreProfile();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateConsents,
    onSuccess: async (profile) => {
      await storeProfile(profile);
      await queryClient.invalidateQueries({ queryKey: consentHistoryQueryKey });
    },
  });
}
