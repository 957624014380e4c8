import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZFlagBody, ZTalentFlag, apiPaths, type FlagBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { boardQueryKey } from './get-board';

/** Flags a member as a boomerang candidate; the flag starts on the board's first column. */
export const createFlag = (body: FlagBody) => request(apiPaths.adminFlags, { method: 'POST', body, bodySchema: ZFlagBody, schema: ZTalentFlag });

export function useCreateFlag() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createFlag, onSuccess: () => queryClient.invalidateQueries({ queryKey: boardQueryKey }) });
}
