import { useMutation } from '@tanstack/react-query';
import { ZAdminSettings, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSettings } from './store-settings';

export const removeLogo = () => request(apiPaths.adminSettingsLogo, { method: 'DELETE', schema: ZAdminSettings });

export function useRemoveLogo() {
  const store = useStoreSettings();
  return useMutation({ mutationFn: removeLogo, onSuccess: store });
}
