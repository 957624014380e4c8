import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRecordImport, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { recordImportQueryKey, recordImportsQueryKey } from './get-record-import';

export const discardRecordImport = (id: string) => request(apiPaths.adminRecordImportDiscard(id), { method: 'POST', schema: ZRecordImport });

export function useDiscardRecordImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: discardRecordImport,
    onSuccess: async (recordImport) => {
      queryClient.setQueryData(recordImportQueryKey(recordImport.id), recordImport);
      await queryClient.invalidateQueries({ queryKey: [...recordImportsQueryKey, 'list'] });
    },
  });
}
