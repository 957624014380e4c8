import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZSegment, ZSegmentBody, apiPaths, type SegmentBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { segmentsQueryKey } from './get-segments';

export const createSegment = (body: SegmentBody) =>
  request(apiPaths.adminSegments, { method: 'POST', body, bodySchema: ZSegmentBody, schema: ZSegment });

export function useCreateSegment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSegment, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...segmentsQueryKey, 'list'] }) });
}
