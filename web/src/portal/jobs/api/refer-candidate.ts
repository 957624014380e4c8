import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZOwnReferral, ZReferralBody, apiPaths, type ReferralBody } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { request } from '../../../api/client';
import { myJobActivityQueryKey } from './get-my-job-activity';
import { jobQueryKey } from './get-job';

export const referCandidate = (id: string, body: ReferralBody) =>
  request(apiPaths.jobReferrals(encodeURIComponent(id)), { method: 'POST', body, bodySchema: ZReferralBody, schema: ZOwnReferral });

export function useReferCandidate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralBody) => referCandidate(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myJobActivityQueryKey }),
    onError: async (error) => {
      if (isApiError(error) && error.code === 'rule_broken') await queryClient.invalidateQueries({ queryKey: jobQueryKey(id) });
    },
  });
}
