import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZIdParams,
  ZInvitationPreview,
  ZInviteRecordsBody,
  ZInviteResult,
  ZJoinBody,
  ZPageQuery,
  ZRecordImport,
  ZRecordImportPage,
  ZRecordPage,
  ZRecordQuery,
  ZSessionInfo,
  ZTokenBody,
} from '@alumni/shared';
import { actorOf as actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { requireRole } from '../../plugins/auth.js';
import { openSession } from '../auth/service.js';
import { toUser } from '../auth/user-dto.js';
import type { FeatureDeps } from '../deps.js';
import { looksBinary } from './csv.js';
import { joinFromInvitation, inviteRecords, previewInvitation } from './invitations.js';
import * as records from './service.js';

/** The largest HR export accepted: far above 50,000 rows, far below what would strain a worker. */
export const importMaxBytes = 20 * 1024 * 1024;

const csvExtensions = new Set(['.csv', '.txt', '.tsv']);
/** What browsers and operating systems call a CSV file (Windows with Excel says vnd.ms-excel). */
const csvMimeTypes = new Set([
  'text/csv',
  'text/plain',
  'text/x-csv',
  'text/comma-separated-values',
  'text/tab-separated-values',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
]);

const notCsv = () => new AppError('unsupported_media_type', 'Upload the HR export as a CSV file (in Excel: Save as → CSV)', [{ path: 'file', message: 'Not a CSV file' }]);

/** The one uploaded CSV file of the request, in the form field `file`. */
async function readUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data in the field "file"', [{ path: 'file', message: 'Choose a CSV file' }]);
  }
  const tooLarge = () => new AppError('payload_too_large', 'The file is larger than 20 MB', [{ path: 'file', message: 'The file is larger than 20 MB' }]);
  const isTooLarge = (err: unknown) => typeof err === 'object' && err !== null && 'statusCode' in err && err.statusCode === 413;
  try {
    const part = await request.file({ limits: { fileSize: importMaxBytes, files: 1, fields: 10, parts: 11 } });
    if (!part || part.fieldname !== 'file') throw new AppError('validation_failed', 'Choose a CSV file', [{ path: 'file', message: 'Choose a CSV file' }]);
    const bytes = await part.toBuffer();
    const type = part.mimetype.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!csvExtensions.has(path.extname(part.filename).toLowerCase()) || !csvMimeTypes.has(type) || looksBinary(bytes)) throw notCsv();
    if (bytes.length === 0) throw new AppError('validation_failed', 'The file is empty', [{ path: 'file', message: 'The file is empty' }]);
    return { fileName: part.filename, bytes };
  } catch (err) {
    if (isTooLarge(err)) throw tooLarge();
    throw err;
  }
}

export async function recordsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Uploads are this module's alone, so the multipart parser is registered here and nowhere else.
  await app.register(fastifyMultipart, { limits: { fileSize: importMaxBytes, files: 1 } });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hr = requireRole('hr', 'admin');
  const tags = ['records'];
  const authDeps = { db: deps.db, queue: deps.queue, policy: deps.policy, log: app.log };

  r.get('/admin/records', { onRequest: hr, schema: { tags, summary: 'Imported employment records, by name', querystring: ZRecordQuery, response: { 200: ZRecordPage } } }, async (request) =>
    records.listRecords(deps.db, request.query),
  );

  r.get('/admin/records/imports', { onRequest: hr, schema: { tags, summary: 'Record imports, newest first', querystring: ZPageQuery, response: { 200: ZRecordImportPage } } }, async (request) =>
    records.listImports(deps.db, request.query),
  );

  r.post(
    '/admin/records/imports',
    {
      onRequest: hr,
      schema: {
        tags,
        summary: "Upload the HR system's CSV export and preview it; nothing is written yet",
        description: 'multipart/form-data with the file in the field `file`; UTF-8 (with or without BOM) or Windows-1252, `,` or `;` separated, at most 20 MB.',
        consumes: ['multipart/form-data'],
        response: { 201: ZRecordImport },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      return reply.code(201).send(await records.previewImport(deps, actor(request), upload));
    },
  );

  r.get('/admin/records/imports/:id', { onRequest: hr, schema: { tags, summary: 'One import, with its problems and progress', params: ZIdParams, response: { 200: ZRecordImport } } }, async (request) =>
    records.getImport(deps.db, request.params.id),
  );

  r.post('/admin/records/imports/:id/commit', { onRequest: hr, schema: { tags, summary: 'Write a previewed import into the records', params: ZIdParams, response: { 202: ZRecordImport } } }, async (request, reply) =>
    reply.code(202).send(await records.commitImport(deps, actor(request), request.params.id)),
  );

  r.post('/admin/records/imports/:id/discard', { onRequest: hr, schema: { tags, summary: 'Drop a previewed import', params: ZIdParams, response: { 200: ZRecordImport } } }, async (request) =>
    records.discardImport(deps, actor(request), request.params.id),
  );

  r.post('/admin/records/invitations', { onRequest: hr, schema: { tags, summary: 'Invite people from the records to join; once per person', body: ZInviteRecordsBody, response: { 200: ZInviteResult } } }, async (request) =>
    inviteRecords(deps, actor(request), request.body),
  );

  const invitationTags = ['membership'];
  r.post('/invitations/preview', { schema: { tags: invitationTags, summary: "What an invitation link pre-fills: the person's names and periods", body: ZTokenBody, response: { 200: ZInvitationPreview } } }, async (request) =>
    previewInvitation(deps.db, request.body.token, request.ip || null),
  );

  r.post('/invitations/join', { schema: { tags: invitationTags, summary: 'Join from an invitation as a verified member, signed in', body: ZJoinBody, response: { 200: ZSessionInfo } } }, async (request, reply) => {
    const meta = { ip: request.ip || null, userAgent: request.headers['user-agent'] ?? null };
    const user = await joinFromInvitation(deps.db, request.body, meta.ip);
    const s = await openSession(authDeps, user, meta);
    return { user: toUser(s.user), csrfToken: app.startSession(reply, s.session) };
  });
}
