import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Profile } from '@alumni/shared';
import { sessionQueryKey } from '../../../api/session';
import { profileQueryKey } from './get-profile';

/**
 * Every profile endpoint answers with the whole profile: it replaces the cached one. Names and
 * language live on the account too, so the session (the header's name) is read again.
 */
export function useStoreProfile(): (profile: Profile) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (profile: Profile) => {
      queryClient.setQueryData(profileQueryKey, profile);
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
    [queryClient],
  );
}
