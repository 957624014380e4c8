import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAttendee, ZWalkInBody, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import type { AttendeeRef } from './check-in-attendee';
import { attendeesQueryKey } from './get-attendees';
import { eventQueryKey } from './get-event';

/** A member who did not answer but came anyway: checked in at once. */
export const addWalkIn = ({ eventId, memberId }: AttendeeRef) =>
  request(apiPaths.adminEventWalkIns(eventId), { method: 'POST', body: { memberId }, bodySchema: ZWalkInBody, schema: ZAttendee });

export function useAddWalkIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addWalkIn,
    // A new row joins the list, so the lists and the counts are read again.
    onSuccess: (_attendee, { eventId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: attendeesQueryKey(eventId) }),
        queryClient.invalidateQueries({ queryKey: eventQueryKey(eventId), exact: true }),
      ]),
  });
}
