import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAttendee, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import type { AttendeeRef } from './check-in-attendee';
import { storeAttendee } from './store-attendee';

/** Takes back a check-in made by mistake. */
export const undoCheckIn = ({ eventId, memberId }: AttendeeRef) =>
  request(apiPaths.adminEventUndoCheckIn(eventId, memberId), { method: 'POST', schema: ZAttendee });

export function useUndoCheckIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: undoCheckIn, onSuccess: (attendee, { eventId }) => storeAttendee(queryClient, eventId, attendee) });
}
