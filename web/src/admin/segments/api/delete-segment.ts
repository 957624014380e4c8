import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZOk, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { segmentsQueryKey } from './get-segments';

/** Refused (409 conflict) while an event uses the segment as its audience. */
export const deleteSegment = (id: string) => request(apiPaths.adminSegment(id), { method: 'DELETE', schema: ZOk });

export function useDeleteSegment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteSegment, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...segmentsQueryKey, 'list'] }) });
}
