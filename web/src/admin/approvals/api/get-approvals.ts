import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { ZApprovalPage, apiPaths, type ApprovalPage, type ApprovalQuery } from '@alumni/shared';
import { request } from '../../../api/client';

export type ApprovalStatusFilter = NonNullable<ApprovalQuery['status']>;

export const approvalsPageSize = 20;

export const getApprovals = (query: ApprovalQuery, signal?: AbortSignal) =>
  request(apiPaths.adminApprovals, {
    query: { limit: query.limit, cursor: query.cursor, status: query.status },
    schema: ZApprovalPage,
    signal,
  });

export const approvalsQueryKey = ['admin', 'approvals'] as const;

export const approvalsQueryOptions = (status: ApprovalStatusFilter) =>
  infiniteQueryOptions({
    queryKey: [...approvalsQueryKey, status],
    queryFn: ({ pageParam, signal }) => getApprovals({ status, limit: approvalsPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useApprovals = (status: ApprovalStatusFilter) => useInfiniteQuery(approvalsQueryOptions(status));

/**
 * A decided claim leaves the loaded queue at once, without reloading the pages (which would move the
 * reader's place); the queues are marked stale so the next visit asks the server again.
 */
export function removeDecidedClaim(queryClient: QueryClient, claimId: string): Promise<void> {
  queryClient.setQueriesData<InfiniteData<ApprovalPage>>({ queryKey: approvalsQueryKey }, (data) =>
    data
      ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.claim.id !== claimId) })) }
      : data,
  );
  return queryClient.invalidateQueries({ queryKey: approvalsQueryKey, refetchType: 'none' });
}
