import { useMutation } from '@tanstack/react-query';
import { ZEmploymentPeriodBody, ZProfile, apiPaths, type EmploymentPeriodBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreProfile } from './store-profile';

export const addEmploymentPeriod = (body: EmploymentPeriodBody) =>
  request(apiPaths.profileEmployment, { method: 'POST', body, bodySchema: ZEmploymentPeriodBody, schema: ZProfile });

export function useAddEmploymentPeriod() {
  const storeProfile = useStoreProfile();
  return useMutation({ mutationFn: addEmploymentPeriod, onSuccess: storeProfile });
}
