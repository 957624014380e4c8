import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZCadencePolicy, apiPaths, type CadencePolicy } from '@alumni/shared';
import { request } from '../../../api/client';
import { cadenceQueryKey } from './get-cadence';
import { planQueryKey } from './get-newsletter-plan';

export const updateCadence = (policy: CadencePolicy) =>
  request(apiPaths.adminNewsletterCadence, { method: 'PUT', body: policy, bodySchema: ZCadencePolicy, schema: ZCadencePolicy });

export function useUpdateCadence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCadence,
    // The plan's counts and warnings are measured against the policy.
    onSuccess: async (policy) => {
      queryClient.setQueryData(cadenceQueryKey, policy);
      await queryClient.invalidateQueries({ queryKey: planQueryKey });
    },
  });
}
