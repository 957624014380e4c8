import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZMemberDetail, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { membersQueryKey } from './get-members';

export const getMember = (id: string, signal?: AbortSignal) => request(apiPaths.adminMember(id), { schema: ZMemberDetail, signal });

export const memberQueryKey = (id: string) => [...membersQueryKey, 'detail', id] as const;

export const memberQueryOptions = (id: string) =>
  queryOptions({ queryKey: memberQueryKey(id), queryFn: ({ signal }) => getMember(id, signal) });

export const useMember = (id: string) => useQuery(memberQueryOptions(id));
