import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZFlagMove, ZTalentFlag, apiPaths, type FlagMove } from '@alumni/shared';
import { request } from '../../../api/client';
import { boardQueryKey } from './get-board';

/** Moves a flag on the board; a move to `rehired` carries the rehire. */
export const moveFlag = ({ id, move }: { id: string; move: FlagMove }) =>
  request(apiPaths.adminFlagMove(id), { method: 'POST', body: move, bodySchema: ZFlagMove, schema: ZTalentFlag });

export function useMoveFlag() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveFlag, onSuccess: () => queryClient.invalidateQueries({ queryKey: boardQueryKey }) });
}
