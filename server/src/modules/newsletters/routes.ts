import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZArchiveIssue,
  ZArchivePage,
  ZCadencePolicy,
  ZIdParams,
  ZMailPreferences,
  ZMailPreferencesBody,
  ZNewsPost,
  ZNewsPostBody,
  ZNewsPostPage,
  ZNewsQuery,
  ZNewsletter,
  ZNewsletterAudience,
  ZNewsletterBody,
  ZNewsletterPage,
  ZNewsletterPlan,
  ZNewsletterPreview,
  ZNewsletterQuery,
  ZNewsletterStats,
  ZPageQuery,
  ZPlanQuery,
  ZPortalNewsPage,
  ZPreferencesToken,
  ZScheduleBody,
  ZTestSendBody,
  ZTestSendResult,
  ZLanguage,
} from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import { createNews, deleteNews, listNews, portalNews, updateNews } from './news.js';
import { newsletterPlan, readCadence, writeCadence } from './plan.js';
import { listArchive, readArchived } from './portal.js';
import { mailPreferences, unsubscribe, updateMailPreferences } from './preferences.js';
import * as newsletters from './service.js';
import { pixel, recordClick, recordOpen } from './tracking.js';

const ZTokenParams = z.strictObject({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/) });
const ZClickParams = ZTokenParams.extend({ link: z.coerce.number<number | string>().int().min(0).max(10_000) });
const ZAudienceQuery = z.strictObject({ segmentId: z.uuid().optional() });
const ZPreviewBody = z.strictObject({ newsletter: z.unknown(), language: ZLanguage });

export async function newslettersRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hr = requireRole('hr', 'admin');
  const member = requireRole('member');
  const tags = ['newsletters'];
  const ndeps = { db: deps.db, queue: deps.queue, config: { appUrl: deps.config.appUrl, orgName: deps.config.orgName } };
  const secret = deps.config.jwtSecret;
  const noContent = (reply: FastifyReply) => reply.code(204).send();

  /* ---- news posts ---- */

  r.get('/admin/news', { onRequest: hr, schema: { tags, summary: 'News posts, newest first', querystring: ZNewsQuery, response: { 200: ZNewsPostPage } } }, async (request) =>
    listNews(deps.db, request.query),
  );
  r.post('/admin/news', { onRequest: hr, schema: { tags, summary: 'Write a news post', body: ZNewsPostBody, response: { 201: ZNewsPost } } }, async (request, reply) =>
    reply.code(201).send(await createNews(deps.db, actorOf(request), request.body)),
  );
  r.patch('/admin/news/:id', { onRequest: hr, schema: { tags, summary: 'Change, publish or unpublish a news post', params: ZIdParams, body: ZNewsPostBody, response: { 200: ZNewsPost } } }, async (request) =>
    updateNews(deps.db, actorOf(request), request.params.id, request.body),
  );
  r.delete('/admin/news/:id', { onRequest: hr, schema: { tags, summary: 'Delete a news post no unsent newsletter carries', params: ZIdParams } }, async (request, reply) => {
    await deleteNews(deps.db, actorOf(request), request.params.id);
    return noContent(reply);
  });
  r.get('/news', { onRequest: member, schema: { tags, summary: 'Published news in the member’s language', querystring: ZPageQuery, response: { 200: ZPortalNewsPage } } }, async (request) =>
    portalNews(deps.db, actorOf(request).user.language, request.query),
  );

  /* ---- newsletters in the console ---- */

  r.get('/admin/newsletters', { onRequest: hr, schema: { tags, summary: 'Newsletters, newest first', querystring: ZNewsletterQuery, response: { 200: ZNewsletterPage } } }, async (request) =>
    newsletters.listNewsletters(deps.db, request.query),
  );
  r.post('/admin/newsletters', { onRequest: hr, schema: { tags, summary: 'Write a newsletter as a draft', body: ZNewsletterBody, response: { 201: ZNewsletter } } }, async (request, reply) =>
    reply.code(201).send(await newsletters.createNewsletter(deps.db, actorOf(request), request.body)),
  );
  r.post(
    '/admin/newsletters/preview',
    {
      onRequest: hr,
      schema: { tags, summary: 'Render unsaved text as a member of the language gets it, by the code that renders the mail', body: ZPreviewBody, response: { 200: ZNewsletterPreview } },
    },
    async (request) => newsletters.previewNewsletter(deps.db, ndeps.config, actorOf(request), request.body.newsletter, request.body.language),
  );
  r.get(
    '/admin/newsletters/audience',
    { onRequest: hr, schema: { tags, summary: 'Who an audience holds and how many of them get the newsletter', querystring: ZAudienceQuery, response: { 200: ZNewsletterAudience } } },
    async (request) => newsletters.newsletterAudience(deps.db, request.query.segmentId ?? null),
  );
  r.get(
    '/admin/newsletters/plan',
    { onRequest: hr, schema: { tags, summary: "The year's issues against the cadence policy; with `at`, the warnings a proposed time brings", querystring: ZPlanQuery, response: { 200: ZNewsletterPlan } } },
    async (request) => newsletterPlan(deps.db, request.query),
  );
  r.get('/admin/newsletters/cadence', { onRequest: hr, schema: { tags, summary: 'The cadence policy', response: { 200: ZCadencePolicy } } }, async () => readCadence(deps.db));
  r.put('/admin/newsletters/cadence', { onRequest: hr, schema: { tags, summary: 'Change the cadence policy', body: ZCadencePolicy, response: { 200: ZCadencePolicy } } }, async (request) =>
    writeCadence(deps.db, actorOf(request), request.body),
  );
  r.get('/admin/newsletters/:id', { onRequest: hr, schema: { tags, summary: 'One newsletter with its progress', params: ZIdParams, response: { 200: ZNewsletter } } }, async (request) =>
    newsletters.getNewsletter(deps.db, request.params.id),
  );
  r.patch('/admin/newsletters/:id', { onRequest: hr, schema: { tags, summary: 'Change a draft', params: ZIdParams, body: ZNewsletterBody, response: { 200: ZNewsletter } } }, async (request) =>
    newsletters.updateNewsletter(deps.db, actorOf(request), request.params.id, request.body),
  );
  r.delete('/admin/newsletters/:id', { onRequest: hr, schema: { tags, summary: 'Delete a draft', params: ZIdParams } }, async (request, reply) => {
    await newsletters.deleteNewsletter(deps.db, actorOf(request), request.params.id);
    return noContent(reply);
  });
  r.post(
    '/admin/newsletters/:id/test-send',
    { onRequest: hr, schema: { tags, summary: 'Mail the issue as it stands to the author or up to five addresses, marked as a test', params: ZIdParams, body: ZTestSendBody, response: { 200: ZTestSendResult } } },
    async (request) => newsletters.testSend(ndeps, actorOf(request), request.params.id, request.body),
  );
  r.post(
    '/admin/newsletters/:id/schedule',
    { onRequest: hr, schema: { tags, summary: 'Send now, or at a time in a zone; warns when the cadence policy would break', params: ZIdParams, body: ZScheduleBody, response: { 200: ZNewsletter } } },
    async (request) => newsletters.scheduleNewsletter(ndeps, actorOf(request), request.params.id, request.body),
  );
  r.post('/admin/newsletters/:id/cancel', { onRequest: hr, schema: { tags, summary: 'Unschedule an issue not started; it is a draft again', params: ZIdParams, response: { 200: ZNewsletter } } }, async (request) =>
    newsletters.cancelNewsletter(deps.db, actorOf(request), request.params.id),
  );
  r.post('/admin/newsletters/:id/pause', { onRequest: hr, schema: { tags, summary: 'Stop sending after the mails in flight', params: ZIdParams, response: { 200: ZNewsletter } } }, async (request) =>
    newsletters.pauseNewsletter(deps.db, actorOf(request), request.params.id),
  );
  r.post('/admin/newsletters/:id/resume', { onRequest: hr, schema: { tags, summary: 'Go on from where it stopped', params: ZIdParams, response: { 200: ZNewsletter } } }, async (request) =>
    newsletters.resumeNewsletter(ndeps, actorOf(request), request.params.id),
  );
  r.post('/admin/newsletters/:id/retry-failed', { onRequest: hr, schema: { tags, summary: 'Send the failed deliveries again, only those', params: ZIdParams, response: { 200: ZNewsletter } } }, async (request) =>
    newsletters.retryFailed(ndeps, actorOf(request), request.params.id),
  );
  r.get('/admin/newsletters/:id/stats', { onRequest: hr, schema: { tags, summary: 'Deliveries, opens, clicks per link and unsubscribes of an issue', params: ZIdParams, response: { 200: ZNewsletterStats } } }, async (request) =>
    newsletters.newsletterStats(deps.db, request.params.id),
  );

  /* ---- the archive ---- */

  r.get('/newsletters', { onRequest: member, schema: { tags, summary: 'Past issues the member can read', querystring: ZPageQuery, response: { 200: ZArchivePage } } }, async (request) =>
    listArchive(deps.db, actorOf(request).user, request.query),
  );
  r.get('/newsletters/:id', { onRequest: member, schema: { tags, summary: 'One past issue in the member’s language', params: ZIdParams, response: { 200: ZArchiveIssue } } }, async (request) =>
    readArchived(deps.db, actorOf(request).user, request.params.id),
  );

  /* ---- a mail's own links: the signed token alone ---- */

  r.post('/mail-preferences', { schema: { tags, summary: "What a mail's preferences link shows", body: ZPreferencesToken, response: { 200: ZMailPreferences } } }, async (request) =>
    mailPreferences(deps.db, secret, request.body.token),
  );
  r.post('/mail-preferences/unsubscribe', { schema: { tags, summary: 'Unsubscribe from the newsletter; a repeat changes nothing', body: ZPreferencesToken, response: { 200: ZMailPreferences } } }, async (request) =>
    unsubscribe(deps.db, secret, request.body.token),
  );
  r.post('/mail-preferences/update', { schema: { tags, summary: 'Set the mail channels', body: ZMailPreferencesBody, response: { 200: ZMailPreferences } } }, async (request) =>
    updateMailPreferences(deps.db, secret, request.body),
  );
  // RFC 8058: a mail client posts `List-Unsubscribe=One-Click` as a form. Only this route takes
  // form bodies (their content is not needed); every other route still answers them with 415.
  await app.register(async (oneClick) => {
    oneClick.addContentTypeParser(['application/x-www-form-urlencoded', 'multipart/form-data'], { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => done(null, body));
    oneClick.withTypeProvider<ZodTypeProvider>().post(
      '/unsubscribe/:token',
      {
        // A mail client posts this with no session and no CSRF token: the signed token is the authority.
        config: { csrf: false },
        schema: { tags, summary: 'RFC 8058 one-click unsubscribe, as a mail client posts it', params: ZTokenParams, response: { 200: z.object({ ok: z.literal(true) }) } },
      },
      async (request) => {
        await unsubscribe(deps.db, secret, request.params.token);
        return { ok: true as const };
      },
    );
  });
  r.get('/t/:token/open.gif', { schema: { tags, summary: 'The open pixel; records an open only with the tracking consent', params: ZTokenParams } }, async (request, reply) => {
    await recordOpen(deps.db, secret, request.params.token);
    const untyped: FastifyReply = reply;
    return untyped.header('content-type', 'image/gif').header('cache-control', 'no-store, max-age=0').send(pixel);
  });
  r.get('/t/:token/l/:link', { schema: { tags, summary: "A tracked link: redirects to the issue's own link", params: ZClickParams } }, async (request, reply) => {
    const url = await recordClick(deps.db, secret, request.params.token, request.params.link);
    const untyped: FastifyReply = reply;
    if (!url) return untyped.code(404).header('content-type', 'application/json').send({ error: { code: 'not_found', message: 'No such link' } });
    return untyped.header('cache-control', 'no-store').redirect(url, 302);
  });
}
