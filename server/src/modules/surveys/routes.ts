import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZIdParams,
  ZOk,
  ZPortalSurvey,
  ZPortalSurveyList,
  ZSurvey,
  ZSurveyAnswerBody,
  ZSurveyBody,
  ZSurveyOpened,
  ZSurveyPage,
  ZSurveyQuery,
  ZSurveyResults,
} from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import { answerSurvey, listPortalSurveys, readPortalSurvey } from './portal.js';
import { exportSurvey, surveyResults } from './results.js';
import { closeSurvey, createSurvey, deleteSurvey, getSurvey, listSurveys, openSurvey, updateSurvey } from './service.js';

/**
 * A draft's change is a whole survey body (ZSurveyBody); an open survey's is only { closesAt }
 * (ZSurveyPatch). Which one applies depends on the survey's state, so the service reads the body
 * through the right schema and names each problem.
 */
const ZSurveyChange = z.record(z.string(), z.unknown()).describe('A whole survey body for a draft, or { closesAt } for an open survey');

export async function surveysRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hr = requireRole('hr', 'admin');
  const member = requireRole('member');
  const tags = ['surveys'];

  /* ---- the console ---- */

  r.get('/admin/surveys', { onRequest: hr, schema: { tags, summary: 'Surveys, newest first', querystring: ZSurveyQuery, response: { 200: ZSurveyPage } } }, async (request) =>
    listSurveys(deps.db, request.query),
  );
  r.post('/admin/surveys', { onRequest: hr, schema: { tags, summary: 'Write a survey (a draft)', body: ZSurveyBody, response: { 201: ZSurvey } } }, async (request, reply) =>
    reply.code(201).send(await createSurvey(deps.db, actorOf(request), request.body)),
  );
  r.get('/admin/surveys/:id', { onRequest: hr, schema: { tags, summary: 'One survey with its counts', params: ZIdParams, response: { 200: ZSurvey } } }, async (request) =>
    getSurvey(deps.db, request.params.id),
  );
  r.patch(
    '/admin/surveys/:id',
    { onRequest: hr, schema: { tags, summary: 'Change a draft, or the closing time of an open survey', params: ZIdParams, body: ZSurveyChange, response: { 200: ZSurvey } } },
    async (request) => updateSurvey(deps.db, actorOf(request), request.params.id, request.body),
  );
  r.delete('/admin/surveys/:id', { onRequest: hr, schema: { tags, summary: 'Delete a draft', params: ZIdParams } }, async (request, reply) => {
    await deleteSurvey(deps.db, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
  r.post(
    '/admin/surveys/:id/open',
    { onRequest: hr, schema: { tags, summary: 'Open a draft and mail its audience’s members who take the newsletter', params: ZIdParams, response: { 200: ZSurveyOpened } } },
    async (request) => openSurvey(deps, actorOf(request), request.params.id),
  );
  r.post('/admin/surveys/:id/close', { onRequest: hr, schema: { tags, summary: 'Close an open survey now', params: ZIdParams, response: { 200: ZSurvey } } }, async (request) =>
    closeSurvey(deps.db, actorOf(request), request.params.id),
  );
  r.get('/admin/surveys/:id/results', { onRequest: hr, schema: { tags, summary: 'The aggregated answers; audited', params: ZIdParams, response: { 200: ZSurveyResults } } }, async (request) =>
    surveyResults(deps.db, actorOf(request), request.params.id),
  );
  r.get(
    '/admin/surveys/:id/export',
    {
      onRequest: hr,
      schema: {
        tags,
        summary: 'The responses as CSV (UTF-8 with BOM, semicolon-separated); audited',
        params: ZIdParams,
        response: { 200: { description: 'A header row, then one row per response', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const file = await exportSurvey(deps.db, actorOf(request), request.params.id);
      const untyped: FastifyReply = reply;
      return untyped.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
    },
  );

  /* ---- the portal ---- */

  r.get('/surveys', { onRequest: member, schema: { tags, summary: 'Open surveys for the member, and those the member answered', response: { 200: ZPortalSurveyList } } }, async (request) =>
    listPortalSurveys(deps.db, actorOf(request).user.id),
  );
  r.get('/surveys/:id', { onRequest: member, schema: { tags, summary: 'One survey for the member to answer', params: ZIdParams, response: { 200: ZPortalSurvey } } }, async (request) =>
    readPortalSurvey(deps.db, actorOf(request).user.id, request.params.id),
  );
  r.post(
    '/surveys/:id/answer',
    { onRequest: member, schema: { tags, summary: 'Answer a survey, once; an anonymous survey stores the answers without the member', params: ZIdParams, body: ZSurveyAnswerBody, response: { 200: ZOk } } },
    async (request) => answerSurvey(deps.db, actorOf(request).user.id, request.params.id, request.body),
  );
}
