import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZAdminSettings, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const getAdminSettings = (signal?: AbortSignal) => request(apiPaths.adminSettings, { schema: ZAdminSettings, signal });

export const adminSettingsQueryKey = ['admin', 'settings'] as const;

/** The organisation's settings in force and the logo's state. */
export const adminSettingsQueryOptions = () => queryOptions({ queryKey: adminSettingsQueryKey, queryFn: ({ signal }) => getAdminSettings(signal) });

export const useAdminSettings = () => useQuery(adminSettingsQueryOptions());
