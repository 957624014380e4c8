import { useMutation } from '@tanstack/react-query';
import { ZDataExport, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';

export const exportMyData = () => request(apiPaths.accountExport, { schema: ZDataExport });

/** A mutation, not a query: the export is made when asked for and never kept in the cache. */
export const useExportMyData = () => useMutation({ mutationFn: exportMyData });
