import { useMutation } from '@tanstack/react-query';
import { ZAdminSettings, ZOrgSettings, apiPaths, type OrgSettingsBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSettings } from './store-settings';

/** Checked with the shared schema first, so colours and languages are judged before a round trip. */
export const updateSettings = (body: OrgSettingsBody) =>
  request(apiPaths.adminSettings, { method: 'PUT', body, bodySchema: ZOrgSettings, schema: ZAdminSettings });

export function useUpdateSettings() {
  const store = useStoreSettings();
  return useMutation({ mutationFn: updateSettings, onSuccess: store });
}
