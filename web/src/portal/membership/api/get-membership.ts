import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZMembershipStatus, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const membershipQueryKey = ['membership'] as const;

export const getMembership = (signal?: AbortSignal) => request(apiPaths.membership, { schema: ZMembershipStatus, signal });

export const membershipQueryOptions = () =>
  queryOptions({ queryKey: membershipQueryKey, queryFn: ({ signal }) => getMembership(signal) });

/** The member's verification and latest claim; `enabled: false` for staff, who have none. */
export const useMembership = (enabled = true) => useQuery({ ...membershipQueryOptions(), enabled });
