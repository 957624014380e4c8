import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZApprovalPage, ZRecordImportPage, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

/** The most the overview counts; beyond it the card says "100+" rather than paging through the queue. */
export const overviewCountCap = 100;

export interface QueueCount {
  count: number;
  /** True when there are more than the count. */
  more: boolean;
}

export const getQueueCount = async (status: 'pending' | 'info_requested', signal?: AbortSignal): Promise<QueueCount> => {
  const page = await request(apiPaths.adminApprovals, { query: { status, limit: overviewCountCap }, schema: ZApprovalPage, signal });
  return { count: page.items.length, more: page.nextCursor !== null };
};

export const getLatestImport = async (signal?: AbortSignal) => {
  const page = await request(apiPaths.adminRecordImports, { query: { limit: 1 }, schema: ZRecordImportPage, signal });
  return page.items[0] ?? null;
};

const overviewKey = ['admin', 'home', 'membership'] as const;

export const queueCountQueryOptions = (status: 'pending' | 'info_requested') =>
  queryOptions({ queryKey: [...overviewKey, 'queue', status], queryFn: ({ signal }) => getQueueCount(status, signal) });

export const latestImportQueryOptions = () =>
  queryOptions({ queryKey: [...overviewKey, 'latest-import'], queryFn: ({ signal }) => getLatestImport(signal) });

export const useQueueCount = (status: 'pending' | 'info_requested') => useQuery(queueCountQueryOptions(status));
export const useLatestImport = () => useQuery(latestImportQueryOptions());
