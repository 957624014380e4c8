import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSegment, ZSegmentBody, apiPaths, type SegmentBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { segmentsQueryKey } from './get-segments';

/** Saves the segment whole: its name, description and every filter. */
export const updateSegment = ({ id, body }: { id: string; body: SegmentBody }) =>
  request(apiPaths.adminSegment(id), { method: 'PATCH', body, bodySchema: ZSegmentBody, schema: ZSegment });

export function useUpdateSegment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSegment, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...segmentsQueryKey, 'list'] }) });
}
