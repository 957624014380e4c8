import type { QueryClient } from '@tanstack/react-query';
import type { Newsletter } from '@alumni/shared';
import { newsletterQueryKey } from './get-newsletter';
import { newslettersQueryKey } from './get-newsletters';

/**
 * A change answered with the newsletter's new state: its page shows it at once; the list, the year's
 * plan and its figures are read again.
 */
export async function storeNewsletter(queryClient: QueryClient, newsletter: Newsletter): Promise<void> {
  queryClient.setQueryData(newsletterQueryKey(newsletter.id), newsletter);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...newslettersQueryKey, 'list'] }),
    queryClient.invalidateQueries({ queryKey: [...newslettersQueryKey, 'plan'] }),
    queryClient.invalidateQueries({ queryKey: [...newsletterQueryKey(newsletter.id), 'stats'] }),
  ]);
}
