import { useMutation } from '@tanstack/react-query';
import { ZProfile, ZUpdateProfileBody, apiPaths, type UpdateProfileBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreProfile } from './store-profile';

export const updateProfile = (body: UpdateProfileBody) =>
  request(apiPaths.profile, { method: 'PATCH', body, bodySchema: ZUpdateProfileBody, schema: ZProfile });

export function useUpdateProfile() {
  const storeProfile = useStoreProfile();
  return useMutation({ mutationFn: updateProfile, onSuccess: storeProfile });
}
