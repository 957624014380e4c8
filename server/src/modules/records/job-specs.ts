import { z } from 'zod';
import { defineJob } from '../../lib/queue.js';

/**
 * The records module's job contracts, apart from their handlers so that the services that enqueue
 * them and the handlers that run them do not import each other.
 */
export const writeRecordImportJob = defineJob(
  'records.write-import',
  // Who committed the import and from where, for the audit entry written when it is done.
  z.object({ importId: z.uuid(), actorId: z.uuid().nullable(), ip: z.string().nullable() }),
  3,
);

export const sendRecordInvitationJob = defineJob('records.send-invitation', z.object({ invitationId: z.uuid() }));
