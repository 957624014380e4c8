import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { refreshAfterInterest } from './raise-interest';

export const withdrawInterest = (id: string) => request(apiPaths.jobInterest(encodeURIComponent(id)), { method: 'DELETE' });

export function useWithdrawInterest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => withdrawInterest(id),
    onSettled: () => refreshAfterInterest(queryClient, id),
  });
}
