import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZRecordImport, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { importPollInterval } from '../import-progress';

export const recordImportsQueryKey = ['admin', 'record-imports'] as const;
export const recordImportQueryKey = (id: string) => [...recordImportsQueryKey, 'one', id] as const;

export const getRecordImport = (id: string, signal?: AbortSignal) => request(apiPaths.adminRecordImport(id), { schema: ZRecordImport, signal });

/** One import; while it is being written, it is read again every second so its progress shows. */
export const recordImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: recordImportQueryKey(id),
    queryFn: ({ signal }) => getRecordImport(id, signal),
    refetchInterval: (query) => importPollInterval(query.state.data?.status),
    // A failed poll is retried by the next one; no backoff should stall the bar.
    retry: false,
  });

export const useRecordImport = (id: string) => useQuery(recordImportQueryOptions(id));
