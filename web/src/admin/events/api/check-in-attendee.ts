import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZAttendee, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeAttendee } from './store-attendee';

export interface AttendeeRef {
  eventId: string;
  memberId: string;
}

export const checkInAttendee = ({ eventId, memberId }: AttendeeRef) =>
  request(apiPaths.adminEventCheckIn(eventId, memberId), { method: 'POST', schema: ZAttendee });

export function useCheckInAttendee() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: checkInAttendee, onSuccess: (attendee, { eventId }) => storeAttendee(queryClient, eventId, attendee) });
}
