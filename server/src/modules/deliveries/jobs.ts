import { z } from 'zod';
import { defineJob, handleJob, type JobHandler } from '../../lib/queue.js';
import { sendDeliveries, sweepDeliveries, type SenderDeps } from './service.js';

/** Send a message's queued deliveries; any number may run for one message at once. */
export const sendDeliveriesJob = defineJob('deliveries.send', z.object({ messageKey: z.string().min(1).max(200) }), 3);

/** Every minute: retries whose time has come, and rows a dead worker held. */
export const sweepDeliveriesJob = defineJob('deliveries.sweep', z.object({}).passthrough(), 1);

export function deliveryJobHandlers(deps: SenderDeps): JobHandler[] {
  return [
    handleJob(sendDeliveriesJob, async ({ messageKey }) => {
      await sendDeliveries(deps, messageKey);
    }),
    handleJob(sweepDeliveriesJob, () => sweepDeliveries(deps)),
  ];
}
