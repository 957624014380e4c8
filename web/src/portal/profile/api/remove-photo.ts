import { useMutation } from '@tanstack/react-query';
import { ZProfile, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreProfile } from './store-profile';

export const removePhoto = () => request(apiPaths.profilePhoto, { method: 'DELETE', schema: ZProfile });

export function useRemovePhoto() {
  const storeProfile = useStoreProfile();
  return useMutation({ mutationFn: removePhoto, onSuccess: storeProfile });
}
