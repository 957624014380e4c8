import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ZInterestBody, ZOwnInterest, apiPaths, type InterestBody, type JobPage } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { request } from '../../../api/client';
import { isBadShareCode } from '../job-errors';
import { myJobActivityQueryKey } from './get-my-job-activity';
import { jobQueryKey } from './get-job';
import { jobListsQueryKey } from './list-jobs';

/** Raising a hand again changes the message; after a withdrawal it raises it anew. */
export const raiseInterest = (id: string, body: InterestBody) =>
  request(apiPaths.jobInterest(encodeURIComponent(id)), { method: 'PUT', body, bodySchema: ZInterestBody, schema: ZOwnInterest });

/** What an interest, or its withdrawal, makes out of date: the job, the board's badges and the member's own list. */
export async function refreshAfterInterest(queryClient: QueryClient, id: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: jobQueryKey(id) }),
    queryClient.invalidateQueries({ queryKey: jobListsQueryKey }),
    queryClient.invalidateQueries({ queryKey: myJobActivityQueryKey }),
  ]);
}

export function useRaiseInterest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: InterestBody) => {
      try {
        return await raiseInterest(id, body);
      } catch (error) {
        // A share link the server does not know (mistyped, or for another job) must not stop the member.
        if (body.via && isBadShareCode(error)) return raiseInterest(id, { ...body, via: null });
        throw error;
      }
    },
    onSuccess: async (interest) => {
      queryClient.setQueryData(jobQueryKey(id), (job: JobPage | undefined) => (job ? { ...job, interest, interested: true } : job));
      await refreshAfterInterest(queryClient, id);
    },
    onError: async (error) => {
      // Refused because the job closed meanwhile: show it as it is now.
      if (isApiError(error) && error.code === 'rule_broken') await queryClient.invalidateQueries({ queryKey: jobQueryKey(id) });
    },
  });
}
