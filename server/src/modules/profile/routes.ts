import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZConsentHistory,
  ZEmploymentPeriodBody,
  ZIdParams,
  ZProfile,
  ZUpdateConsentsBody,
  ZUpdateProfileBody,
  photoMaxBytes,
} from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { readSingleUpload, type UploadRules } from '../../lib/upload.js';
import { requireRole } from '../../plugins/auth.js';
import { hitLimit } from '../auth/rate-limit.js';
import type { FeatureDeps } from '../deps.js';
import { processPhoto } from './photo.js';
import * as profile from './service.js';

const photoField = 'file';
const photoDetail = (message: string) => [{ path: photoField, message }];
const megabytes = photoMaxBytes / (1024 * 1024);
const tooLarge = () => new AppError('payload_too_large', `The photo is larger than ${megabytes} MB`, photoDetail(`The photo may be at most ${megabytes} MB`));

const photoUpload: UploadRules = { field: photoField, what: 'photo', choose: 'Choose a photo to upload', onlyOne: 'Send one photo only', tooLarge };

/** The member's own profile: every route acts on the signed-in member, so no id can be guessed. */
export async function profileRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  // Only this module takes uploads, so the multipart parser lives in its scope alone.
  await app.register(fastifyMultipart, {
    limits: { fileSize: photoMaxBytes, files: 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 50 },
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  const member = requireRole('member');
  const tags = ['profile'];
  const me = (request: FastifyRequest) => actorOf(request).user.id;

  r.get('/profile', { onRequest: member, schema: { tags, summary: 'The signed-in member’s own profile', response: { 200: ZProfile } } }, async (request) =>
    profile.loadProfile(deps.db, me(request)),
  );

  r.patch('/profile', { onRequest: member, schema: { tags, summary: 'Edit the own profile; only the fields sent change', body: ZUpdateProfileBody, response: { 200: ZProfile } } }, async (request) =>
    profile.updateProfile(deps.db, me(request), request.body),
  );

  r.put(
    '/profile/photo',
    {
      onRequest: member,
      schema: {
        tags,
        summary: `Upload a photo (JPEG, PNG or WebP, at most ${megabytes} MB) as multipart field "${photoField}"; it is resized and re-encoded`,
        consumes: ['multipart/form-data'],
        response: { 200: ZProfile },
      },
    },
    async (request) => {
      const userId = me(request);
      await hitLimit(deps.db, 'photoUser', userId);
      const photo = await processPhoto((await readSingleUpload(request, photoUpload)).bytes);
      return profile.storePhoto(deps.db, userId, photo);
    },
  );

  r.delete('/profile/photo', { onRequest: member, schema: { tags, summary: 'Remove the own photo', response: { 200: ZProfile } } }, async (request) =>
    profile.deletePhoto(deps.db, me(request)),
  );

  r.post(
    '/profile/employment',
    { onRequest: member, schema: { tags, summary: 'Add an employment period; it stays unverified', body: ZEmploymentPeriodBody, response: { 201: ZProfile } } },
    async (request, reply) => reply.code(201).send(await profile.addEmploymentPeriod(deps.db, me(request), request.body)),
  );

  r.delete(
    '/profile/employment/:id',
    { onRequest: member, schema: { tags, summary: 'Remove an own unverified employment period', params: ZIdParams, response: { 200: ZProfile } } },
    async (request) => profile.deleteEmploymentPeriod(deps.db, me(request), request.params.id),
  );

  r.put(
    '/profile/consents',
    { onRequest: member, schema: { tags, summary: 'Grant or withdraw consents; only real changes are added to the history', body: ZUpdateConsentsBody, response: { 200: ZProfile } } },
    async (request) => profile.updateConsents(deps.db, me(request), request.body),
  );

  r.get('/profile/consents', { onRequest: member, schema: { tags, summary: 'The own consent history, newest first', response: { 200: ZConsentHistory } } }, async (request) => ({
    items: await profile.listConsentHistory(deps.db, me(request)),
  }));
}
