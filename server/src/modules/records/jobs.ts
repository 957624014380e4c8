import { handleJob, type JobHandler } from '../../lib/queue.js';
import type { JobDeps } from '../deps.js';
import { sendInvitation } from './invitations.js';
import { sendRecordInvitationJob, writeRecordImportJob } from './job-specs.js';
import { writeImport } from './service.js';

export { sendRecordInvitationJob, writeRecordImportJob };

export function recordsJobHandlers(deps: JobDeps): JobHandler[] {
  return [
    handleJob(writeRecordImportJob, (payload) => writeImport(deps.db, payload)),
    handleJob(sendRecordInvitationJob, ({ invitationId }) => sendInvitation(deps, invitationId)),
  ];
}
