import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZTalentBoard, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const getBoard = (signal?: AbortSignal) => request(apiPaths.adminFlags, { schema: ZTalentBoard, signal });

export const boardQueryKey = ['admin', 'talent'] as const;

/** Every boomerang flag with its notes. */
export const useBoard = () => useQuery(queryOptions({ queryKey: boardQueryKey, queryFn: ({ signal }) => getBoard(signal) }));
