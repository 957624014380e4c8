import { useMutation } from '@tanstack/react-query';
import { ZAdminSettings, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSettings } from './store-settings';

/** The multipart field the server reads the logo from. */
export const logoFormField = 'file';

export function uploadLogo(file: File) {
  const form = new FormData();
  form.append(logoFormField, file, file.name);
  return request(apiPaths.adminSettingsLogo, { method: 'PUT', form, schema: ZAdminSettings });
}

export function useUploadLogo() {
  const store = useStoreSettings();
  return useMutation({ mutationFn: uploadLogo, onSuccess: store });
}
