import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZRecordImport, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { recordImportQueryKey, recordImportsQueryKey } from './get-record-import';

/** Starts writing the previewed rows; a job does the work and the import's progress is polled. */
export const commitRecordImport = (id: string) => request(apiPaths.adminRecordImportCommit(id), { method: 'POST', schema: ZRecordImport });

export function useCommitRecordImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commitRecordImport,
    // The answer is the import as it now stands (importing), which starts the polling.
    onSuccess: async (recordImport) => {
      queryClient.setQueryData(recordImportQueryKey(recordImport.id), recordImport);
      await queryClient.invalidateQueries({ queryKey: [...recordImportsQueryKey, 'list'] });
    },
  });
}
