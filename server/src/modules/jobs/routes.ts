import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAdminJob,
  ZAdminJobPage,
  ZAdminJobQuery,
  ZBoardFacets,
  ZBoardJobPage,
  ZIdParams,
  ZInterestBody,
  ZInterestStatusBody,
  ZJobBoardQuery,
  ZJobBody,
  ZJobPage,
  ZJobResponses,
  ZOwnInterest,
  ZOwnJobActivity,
  ZOwnReferral,
  ZReferralBody,
  ZReferralStatusBody,
  ZShareLink,
  ZFlagBody,
  ZFlagMove,
  ZFlagNoteBody,
  ZFlagUpdate,
  ZSuggestions,
  ZTalentBoard,
  ZTalentFlag,
  ZJobAlert,
  ZJobAlertBody,
  ZCvInfo,
  cvMaxBytes,
} from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { readSingleUpload, type UploadRules } from '../../lib/upload.js';
import { cvForStaff, deleteCv, storeCv } from './cv.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import { boardFacets, listBoard, myJobActivity, raiseInterest, readJob, refer, shareLink, visitShare, withdrawInterest } from './board.js';
import { deleteAlert, readAlert, saveAlert } from './alerts.js';
import { addNote, createFlag, deleteFlag, moveFlag, suggestions, talentBoard, updateFlag } from './talent.js';
import { createJob, deleteJob, getJob, jobResponses, listJobs, setInterestStatus, setReferralStatus, updateJob } from './service.js';

const ZCodeParams = z.strictObject({ code: z.string().max(100) });

const cvUpload: UploadRules = {
  field: 'file',
  what: 'CV',
  choose: 'Choose a PDF file',
  onlyOne: 'Send one file only',
  tooLarge: () => new AppError('payload_too_large', 'The CV is larger than 5 MB', [{ path: 'file', message: 'The CV may be at most 5 MB' }]),
};

/** CV uploads and downloads, in their own scope so that only they take multipart bodies. */
async function cvRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  await app.register(fastifyMultipart, { limits: { fileSize: cvMaxBytes, files: 1, fields: 2, fieldSize: 1024, parts: 3, headerPairs: 50 } });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const member = requireRole('member');
  const staff = requireRole('recruiter', 'hr', 'admin');
  const tags = ['jobs'];
  r.put(
    '/jobs/:id/interest/cv',
    { onRequest: member, schema: { tags, summary: 'Add or replace the CV of the own interest (PDF, at most 5 MB, multipart field "file")', consumes: ['multipart/form-data'], params: ZIdParams, response: { 200: ZCvInfo } } },
    async (request) => storeCv(deps.db, actorOf(request).user.id, request.params.id, await readSingleUpload(request, cvUpload)),
  );
  r.delete('/jobs/:id/interest/cv', { onRequest: member, schema: { tags, summary: 'Remove the CV of the own interest', params: ZIdParams } }, async (request, reply) => {
    await deleteCv(deps.db, actorOf(request).user.id, request.params.id);
    return reply.code(204).send();
  });
  r.get('/admin/interests/:id/cv', { onRequest: staff, schema: { tags, summary: 'Download the CV of an interest', params: ZIdParams } }, async (request, reply) => {
    const cv = await cvForStaff(deps.db, actorOf(request), request.params.id);
    const untyped: FastifyReply = reply;
    return untyped
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(cv.fileName)}`)
      .header('cache-control', 'no-store')
      .send(cv.content);
  });
}

export async function jobsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staff = requireRole('recruiter', 'hr', 'admin');
  const member = requireRole('member');
  const tags = ['jobs'];
  const noContent = (reply: FastifyReply) => reply.code(204).send();
  await app.register(cvRoutes, deps);

  /* ---- postings in the console ---- */

  r.get('/admin/jobs', { onRequest: staff, schema: { tags, summary: 'Returner postings, newest first', querystring: ZAdminJobQuery, response: { 200: ZAdminJobPage } } }, async (request) =>
    listJobs(deps.db, request.query),
  );
  r.post('/admin/jobs', { onRequest: staff, schema: { tags, summary: 'Post a returner job', body: ZJobBody, response: { 201: ZAdminJob } } }, async (request, reply) =>
    reply.code(201).send(await createJob(deps.db, actorOf(request), request.body)),
  );
  r.get('/admin/jobs/:id', { onRequest: staff, schema: { tags, summary: 'One posting with its counts', params: ZIdParams, response: { 200: ZAdminJob } } }, async (request) =>
    getJob(deps.db, request.params.id),
  );
  r.patch('/admin/jobs/:id', { onRequest: staff, schema: { tags, summary: 'Change, publish or close a posting', params: ZIdParams, body: ZJobBody, response: { 200: ZAdminJob } } }, async (request) =>
    updateJob(deps.db, actorOf(request), request.params.id, request.body),
  );
  r.delete('/admin/jobs/:id', { onRequest: staff, schema: { tags, summary: 'Delete a draft posting', params: ZIdParams } }, async (request, reply) => {
    await deleteJob(deps.db, actorOf(request), request.params.id);
    return noContent(reply);
  });
  r.get('/admin/jobs/:id/responses', { onRequest: staff, schema: { tags, summary: 'The interests and referrals of a posting', params: ZIdParams, response: { 200: ZJobResponses } } }, async (request) =>
    jobResponses(deps.db, actorOf(request), request.params.id),
  );
  r.patch('/admin/interests/:id', { onRequest: staff, schema: { tags, summary: 'Move an interest along', params: ZIdParams, body: ZInterestStatusBody } }, async (request, reply) => {
    await setInterestStatus(deps.db, actorOf(request), request.params.id, request.body);
    return noContent(reply);
  });
  r.patch('/admin/referrals/:id', { onRequest: staff, schema: { tags, summary: 'Move a referral along', params: ZIdParams, body: ZReferralStatusBody } }, async (request, reply) => {
    await setReferralStatus(deps.db, actorOf(request), request.params.id, request.body);
    return noContent(reply);
  });

  r.get('/admin/jobs/:id/suggestions', { onRequest: staff, schema: { tags, summary: 'Alumni who fit a posting, best first', params: ZIdParams, response: { 200: ZSuggestions } } }, async (request) =>
    suggestions(deps.db, actorOf(request), request.params.id),
  );

  /* ---- boomerang flags (recruiters, HR and admins; never members) ---- */

  r.get('/admin/talent-flags', { onRequest: staff, schema: { tags, summary: 'The boomerang board', response: { 200: ZTalentBoard } } }, async (request) =>
    talentBoard(deps.db, actorOf(request)),
  );
  r.post('/admin/talent-flags', { onRequest: staff, schema: { tags, summary: 'Flag a member as a boomerang candidate', body: ZFlagBody, response: { 201: ZTalentFlag } } }, async (request, reply) =>
    reply.code(201).send(await createFlag(deps.db, actorOf(request), request.body)),
  );
  r.patch('/admin/talent-flags/:id', { onRequest: staff, schema: { tags, summary: 'Change a flag’s reason or tags', params: ZIdParams, body: ZFlagUpdate, response: { 200: ZTalentFlag } } }, async (request) =>
    updateFlag(deps.db, actorOf(request), request.params.id, request.body),
  );
  r.delete('/admin/talent-flags/:id', { onRequest: staff, schema: { tags, summary: 'Remove a flag and its notes', params: ZIdParams } }, async (request, reply) => {
    await deleteFlag(deps.db, actorOf(request), request.params.id);
    return noContent(reply);
  });
  r.post('/admin/talent-flags/:id/stage', { onRequest: staff, schema: { tags, summary: 'Move a flag on the board; to rehired with the rehire', params: ZIdParams, body: ZFlagMove, response: { 200: ZTalentFlag } } }, async (request) =>
    moveFlag(deps.db, actorOf(request), request.params.id, request.body),
  );
  r.post('/admin/talent-flags/:id/notes', { onRequest: staff, schema: { tags, summary: 'Add a dated note to a flag', params: ZIdParams, body: ZFlagNoteBody, response: { 200: ZTalentFlag } } }, async (request) =>
    addNote(deps.db, actorOf(request), request.params.id, request.body),
  );

  /* ---- the job board ---- */

  r.get('/jobs', { onRequest: member, schema: { tags, summary: 'Open returner jobs, filtered', querystring: ZJobBoardQuery, response: { 200: ZBoardJobPage } } }, async (request) => {
    const { user } = actorOf(request);
    return listBoard(deps.db, user.id, user.language, request.query);
  });
  r.get('/jobs/facets', { onRequest: member, schema: { tags, summary: 'Departments and places of open jobs', response: { 200: ZBoardFacets } } }, async (request) =>
    boardFacets(deps.db, actorOf(request).user.id),
  );
  r.get('/jobs/mine', { onRequest: member, schema: { tags, summary: 'The member’s own interests and referrals', response: { 200: ZOwnJobActivity } } }, async (request) => {
    const { user } = actorOf(request);
    return myJobActivity(deps.db, user.id, user.language);
  });
  r.get('/jobs/alert', { onRequest: member, schema: { tags, summary: 'The member’s job alert, or null', response: { 200: ZJobAlert.nullable() } } }, async (request) =>
    readAlert(deps.db, actorOf(request).user.id),
  );
  r.put('/jobs/alert', { onRequest: member, schema: { tags, summary: 'Save the member’s job alert', body: ZJobAlertBody, response: { 200: ZJobAlert } } }, async (request) =>
    saveAlert(deps.db, actorOf(request).user.id, request.body),
  );
  r.delete('/jobs/alert', { onRequest: member, schema: { tags, summary: 'Remove the member’s job alert' } }, async (request, reply) => {
    await deleteAlert(deps.db, actorOf(request).user.id);
    return noContent(reply);
  });
  r.get('/jobs/:id', { onRequest: member, schema: { tags, summary: 'One job in the member’s language', params: ZIdParams, response: { 200: ZJobPage } } }, async (request) => {
    const { user } = actorOf(request);
    return readJob(deps.db, user.id, user.language, request.params.id);
  });
  r.put('/jobs/:id/interest', { onRequest: member, schema: { tags, summary: 'Raise a hand for a job (again changes the message)', params: ZIdParams, body: ZInterestBody, response: { 200: ZOwnInterest } } }, async (request) => {
    const { user } = actorOf(request);
    return raiseInterest(deps.db, user.id, user.language, request.params.id, request.body);
  });
  r.delete('/jobs/:id/interest', { onRequest: member, schema: { tags, summary: 'Withdraw an interest', params: ZIdParams } }, async (request, reply) => {
    await withdrawInterest(deps.db, actorOf(request).user.id, request.params.id);
    return noContent(reply);
  });
  r.post('/jobs/:id/referrals', { onRequest: member, schema: { tags, summary: 'Refer someone for a job', params: ZIdParams, body: ZReferralBody, response: { 201: ZOwnReferral } } }, async (request, reply) => {
    const { user } = actorOf(request);
    return reply.code(201).send(await refer(deps.db, user.id, user.language, request.params.id, request.body));
  });
  r.post('/jobs/:id/share', { onRequest: member, schema: { tags, summary: 'The member’s personal share link for a job', params: ZIdParams, response: { 200: ZShareLink } } }, async (request) =>
    shareLink(deps.db, deps.config.appUrl, actorOf(request).user.id, request.params.id),
  );
  r.get('/s/:code', { schema: { tags, summary: 'A shared job link: counts the visit and opens the job', params: ZCodeParams } }, async (request, reply) => {
    const target = await visitShare(deps.db, request.params.code);
    const untyped: FastifyReply = reply;
    return untyped.header('cache-control', 'no-store').redirect(target, 302);
  });
}
