import type { QueryClient } from '@tanstack/react-query';
import type { AdminEvent } from '@alumni/shared';
import { eventsQueryKey } from './get-events';
import { eventQueryKey } from './get-event';

/**
 * A change answered with the event's new state: its page shows it at once; the lists and the
 * event's audience (which its segment and status decide) are read again.
 */
export async function storeEvent(queryClient: QueryClient, event: AdminEvent): Promise<void> {
  queryClient.setQueryData(eventQueryKey(event.id), event);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...eventsQueryKey, 'list'] }),
    queryClient.invalidateQueries({ queryKey: [...eventQueryKey(event.id), 'audience'] }),
  ]);
}
