import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZNewsletter, ZScheduleBody, apiPaths, type ScheduleBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { storeNewsletter } from './store-newsletter';

/**
 * Schedules the draft, or starts sending it now (`at: null`). Refused with 422 when the cadence
 * policy would break (unless accepted), the time has passed or nobody would get it; 409 when not a draft.
 */
export const scheduleNewsletter = ({ id, body }: { id: string; body: ScheduleBody }) =>
  request(apiPaths.adminNewsletterSchedule(id), { method: 'POST', body, bodySchema: ZScheduleBody, schema: ZNewsletter });

export function useScheduleNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: scheduleNewsletter, onSuccess: (newsletter) => storeNewsletter(queryClient, newsletter) });
}
