import { useMutation } from '@tanstack/react-query';
import { ZProfile, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreProfile } from './store-profile';

/** The multipart field the server reads the photo from. */
export const photoFormField = 'file';

export function uploadPhoto(file: File) {
  const form = new FormData();
  form.append(photoFormField, file, file.name);
  return request(apiPaths.profilePhoto, { method: 'PUT', form, schema: ZProfile });
}

export function useUploadPhoto() {
  const storeProfile = useStoreProfile();
  return useMutation({ mutationFn: uploadPhoto, onSuccess: storeProfile });
}
