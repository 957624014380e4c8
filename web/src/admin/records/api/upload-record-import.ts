import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRecordImport, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { recordImportQueryKey, recordImportsQueryKey } from './get-record-import';

/** Sends the HR system's CSV; the answer is the preview (counts and every row's problems), nothing written yet. */
export const uploadRecordImport = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return request(apiPaths.adminRecordImports, { method: 'POST', form, schema: ZRecordImport });
};

export function useUploadRecordImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadRecordImport,
    onSuccess: async (preview) => {
      queryClient.setQueryData(recordImportQueryKey(preview.id), preview);
      await queryClient.invalidateQueries({ queryKey: [...recordImportsQueryKey, 'list'] });
    },
  });
}
