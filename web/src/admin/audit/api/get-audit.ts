import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ZAuditPage, apiPaths, type AuditQuery } from '@alumni/shared';
import { request } from '../../../api/client';

export type AuditFilters = Pick<AuditQuery, 'actor' | 'action' | 'objectType' | 'objectId' | 'from' | 'to'>;

export const auditPageSize = 50;

/** The list query as sent; limit is a plain number here (the schema coerces it from the query string). */
export type AuditListParams = AuditQuery;

export const getAudit = (query: AuditListParams, signal?: AbortSignal) =>
  request(apiPaths.audit, {
    query: {
      limit: query.limit,
      cursor: query.cursor,
      actor: query.actor,
      action: query.action,
      objectType: query.objectType,
      objectId: query.objectId,
      from: query.from,
      to: query.to,
    },
    schema: ZAuditPage,
    signal,
  });

export const auditQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['admin', 'audit', filters],
    queryFn: ({ pageParam, signal }) => getAudit({ ...filters, limit: auditPageSize, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

export const useAudit = (filters: AuditFilters) => useInfiniteQuery(auditQueryOptions(filters));
