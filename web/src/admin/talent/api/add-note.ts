import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZFlagNoteBody, ZTalentFlag, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { boardQueryKey } from './get-board';

/** Adds a dated note to a flag. */
export const addNote = ({ id, text }: { id: string; text: string }) =>
  request(apiPaths.adminFlagNotes(id), { method: 'POST', body: { text }, bodySchema: ZFlagNoteBody, schema: ZTalentFlag });

export function useAddNote() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addNote, onSuccess: () => queryClient.invalidateQueries({ queryKey: boardQueryKey }) });
}
