import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AdminSettings } from '@alumni/shared';
import { brandingQueryKey } from '../../../app/branding';
import { adminSettingsQueryKey } from './get-settings';

/** Keeps the answer of a save, and reads the branding again so every page shows the change at once. */
export function useStoreSettings(): (settings: AdminSettings) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (settings: AdminSettings) => {
      queryClient.setQueryData(adminSettingsQueryKey, settings);
      await queryClient.invalidateQueries({ queryKey: brandingQueryKey });
    },
    [queryClient],
  );
}
