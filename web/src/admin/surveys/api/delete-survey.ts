import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { surveysQueryKey } from './get-surveys';

/** Only a draft may be deleted; the answer is empty (204). */
export const deleteSurvey = (id: string) => request(apiPaths.adminSurvey(id), { method: 'DELETE' });

export function useDeleteSurvey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteSurvey, onSuccess: () => queryClient.invalidateQueries({ queryKey: [...surveysQueryKey, 'list'] }) });
}
