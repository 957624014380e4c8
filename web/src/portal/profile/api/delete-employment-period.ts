import { useMutation } from '@tanstack/react-query';
import { ZProfile, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreProfile } from './store-profile';

export const deleteEmploymentPeriod = (id: string) =>
  request(apiPaths.profileEmploymentItem(id), { method: 'DELETE', schema: ZProfile });

export function useDeleteEmploymentPeriod() {
  const storeProfile = useStoreProfile();
  return useMutation({ mutationFn: deleteEmploymentPeriod, onSuccess: storeProfile });
}
