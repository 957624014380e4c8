import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Attendee, AttendeePage } from '@alumni/shared';
import { replaceAttendee } from '../attendees';
import { attendeesQueryKey } from './get-attendees';
import { eventQueryKey } from './get-event';

/**
 * A check-in answered with the attendee's new state: every loaded list of the event shows it at once
 * (no reload of a long list on the event day), and the event's counts are read again.
 */
export async function storeAttendee(queryClient: QueryClient, eventId: string, attendee: Attendee): Promise<void> {
  queryClient.setQueriesData<InfiniteData<AttendeePage>>({ queryKey: attendeesQueryKey(eventId) }, (data) => replaceAttendee(data, attendee));
  await queryClient.invalidateQueries({ queryKey: eventQueryKey(eventId), exact: true });
}
