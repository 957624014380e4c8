import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZCalendarFeed, apiPaths } from '@alumni/shared';
import { request } from '../../../api/client';
import { calendarFeedQueryKey } from './get-calendar-feed';

/** A new feed address; the old one stops working at once. */
export const resetCalendarFeed = () => request(apiPaths.calendarFeedReset, { method: 'POST', schema: ZCalendarFeed });

export function useResetCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetCalendarFeed,
    onSuccess: (feed) => queryClient.setQueryData(calendarFeedQueryKey, feed),
  });
}
