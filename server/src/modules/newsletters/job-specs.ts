import { z } from 'zod';
import { defineJob } from '../../lib/queue.js';

/** The newsletter module's job contracts, apart from their handlers so services and handlers do not import each other. */

/** Start a scheduled issue whose time has come (sending now queues it at once). */
export const startNewsletterJob = defineJob('newsletters.start', z.object({ newsletterId: z.uuid() }), 3);

/** Send an issue's deliveries; several run for one issue, in any number of worker processes. */
export const sendNewsletterJob = defineJob('newsletters.send', z.object({ newsletterId: z.uuid() }), 3);

/** Every minute: issues whose scheduled time has come, and finishing issues whose retries are done. */
export const newsletterSweepJob = defineJob('newsletters.sweep', z.object({}).passthrough(), 1);

/** A test mail of the issue to its author or a few addresses. */
export const testSendNewsletterJob = defineJob(
  'newsletters.test-send',
  z.object({ newsletterId: z.uuid(), to: z.array(z.email()).min(1).max(5), language: z.enum(['fi', 'sv', 'en']), actorId: z.uuid() }),
  3,
);
