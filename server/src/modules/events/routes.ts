import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAdminEvent,
  ZAdminEventPage,
  ZAdminEventQuery,
  ZAttendee,
  ZAttendeePage,
  ZAttendeeParams,
  ZAttendeeQuery,
  ZCalendarFeed,
  ZEventAudience,
  ZEventBody,
  ZIdParams,
  ZPortalEvent,
  ZPortalEventPage,
  ZPortalEventQuery,
  ZRsvpBody,
  ZRsvpByTokenBody,
  ZRsvpTokenBody,
  ZRsvpTokenView,
  ZSendInvitationsResult,
  ZWalkInBody,
} from '@alumni/shared';
import { actorOf } from '../../lib/actor.js';
import { requireRole } from '../../plugins/auth.js';
import type { FeatureDeps } from '../deps.js';
import { checkIn, exportAttendees, listAttendees, undoCheckIn, walkIn } from './attendees.js';
import { answerByToken, previewByToken } from './links.js';
import { calendarFeedFile, calendarFeedUrl, eventCalendarFile, getPortalEvent, listPortalEvents } from './portal.js';
import { answer } from './rsvp.js';
import * as events from './service.js';

const ZCalendarText = { description: 'An iCalendar file (RFC 5545)', content: { 'text/calendar': { schema: z.string() } } };
const ZFeedParams = z.strictObject({ token: z.string().min(20).max(200).regex(/^[A-Za-z0-9_-]+$/) });

export async function eventsRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const hr = requireRole('hr', 'admin');
  const member = requireRole('member');
  const tags = ['events'];
  const ctx = { appUrl: deps.config.appUrl, orgName: deps.config.orgName, mailFrom: deps.config.mailFrom, secret: deps.config.jwtSecret };
  const sendCalendar = (reply: FastifyReply, fileName: string, body: string) =>
    reply.header('content-type', 'text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`)
      .send(Buffer.from(body, 'utf8'));

  /* ---- the console ---- */

  r.get('/admin/events', { onRequest: hr, schema: { tags, summary: 'Events, filtered by status and time', querystring: ZAdminEventQuery, response: { 200: ZAdminEventPage } } }, async (request) =>
    events.listAdminEvents(deps.db, request.query),
  );

  r.post('/admin/events', { onRequest: hr, schema: { tags, summary: 'Create an event as a draft', body: ZEventBody, response: { 201: ZAdminEvent } } }, async (request, reply) =>
    reply.code(201).send(await events.createEvent(deps.db, actorOf(request), request.body)),
  );

  r.get('/admin/events/:id', { onRequest: hr, schema: { tags, summary: 'One event with its counts', params: ZIdParams, response: { 200: ZAdminEvent } } }, async (request) =>
    events.getAdminEvent(deps.db, request.params.id),
  );

  r.patch(
    '/admin/events/:id',
    {
      onRequest: hr,
      schema: { tags, summary: 'Change an event; on a published one, those going or maybe are mailed what changed', params: ZIdParams, body: ZEventBody, response: { 200: ZAdminEvent } },
    },
    async (request) => events.updateEvent(deps, actorOf(request), request.params.id, request.body),
  );

  r.post('/admin/events/:id/publish', { onRequest: hr, schema: { tags, summary: 'Publish a draft', params: ZIdParams, response: { 200: ZAdminEvent } } }, async (request) =>
    events.publishEvent(deps, actorOf(request), request.params.id),
  );

  r.post(
    '/admin/events/:id/cancel',
    { onRequest: hr, schema: { tags, summary: 'Cancel the event; those who answered get a calendar cancellation', params: ZIdParams, response: { 200: ZAdminEvent } } },
    async (request) => events.cancelEvent(deps, actorOf(request), request.params.id),
  );

  r.get('/admin/events/:id/audience', { onRequest: hr, schema: { tags, summary: 'Who the audience holds, who may be mailed, who was invited', params: ZIdParams, response: { 200: ZEventAudience } } }, async (request) =>
    events.eventAudience(deps.db, request.params.id),
  );

  r.post(
    '/admin/events/:id/invitations',
    { onRequest: hr, schema: { tags, summary: 'Invite the audience members not invited yet; each member once', params: ZIdParams, response: { 200: ZSendInvitationsResult } } },
    async (request) => events.sendInvitations(deps, actorOf(request), request.params.id),
  );

  r.get(
    '/admin/events/:id/attendees',
    { onRequest: hr, schema: { tags, summary: 'Everyone who answered, by name, searched and filtered', params: ZIdParams, querystring: ZAttendeeQuery, response: { 200: ZAttendeePage } } },
    async (request) => listAttendees(deps.db, request.params.id, request.query),
  );

  r.get(
    '/admin/events/:id/attendees/export',
    {
      onRequest: hr,
      schema: {
        tags,
        summary: 'The attendee list as CSV (UTF-8 with BOM, semicolon-separated); audited',
        params: ZIdParams,
        response: { 200: { description: 'A header row, then one row per answer', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const file = await exportAttendees(deps.db, actorOf(request), request.params.id);
      const untyped: FastifyReply = reply;
      return untyped.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.body);
    },
  );

  r.post(
    '/admin/events/:id/attendees/:memberId/check-in',
    { onRequest: hr, schema: { tags, summary: 'Check in someone who answered', params: ZAttendeeParams, response: { 200: ZAttendee } } },
    async (request) => checkIn(deps.db, actorOf(request), request.params.id, request.params.memberId),
  );

  r.post(
    '/admin/events/:id/attendees/:memberId/undo-check-in',
    { onRequest: hr, schema: { tags, summary: 'Undo a check-in', params: ZAttendeeParams, response: { 200: ZAttendee } } },
    async (request) => undoCheckIn(deps.db, actorOf(request), request.params.id, request.params.memberId),
  );

  r.post(
    '/admin/events/:id/walk-ins',
    { onRequest: hr, schema: { tags, summary: 'Check in a member who came without answering', params: ZIdParams, body: ZWalkInBody, response: { 200: ZAttendee } } },
    async (request) => walkIn(deps.db, actorOf(request), request.params.id, request.body.memberId),
  );

  /* ---- the portal ---- */

  r.get('/events', { onRequest: member, schema: { tags, summary: "The member's events: upcoming, past, or answered", querystring: ZPortalEventQuery, response: { 200: ZPortalEventPage } } }, async (request) =>
    listPortalEvents(deps.db, actorOf(request).user.id, request.query),
  );

  r.get('/events/calendar-feed', { onRequest: member, schema: { tags, summary: "The address of the member's personal calendar feed", response: { 200: ZCalendarFeed } } }, async (request) => ({
    url: await calendarFeedUrl(deps.db, ctx, actorOf(request).user.id, false),
  }));

  r.post(
    '/events/calendar-feed/reset',
    { onRequest: member, schema: { tags, summary: 'A new feed address; the old one stops working', response: { 200: ZCalendarFeed } } },
    async (request) => ({ url: await calendarFeedUrl(deps.db, ctx, actorOf(request).user.id, true) }),
  );

  r.get('/events/:id', { onRequest: member, schema: { tags, summary: 'One event with the member’s answer', params: ZIdParams, response: { 200: ZPortalEvent } } }, async (request) =>
    getPortalEvent(deps.db, actorOf(request).user.id, request.params.id),
  );

  r.put(
    '/events/:id/rsvp',
    { onRequest: member, schema: { tags, summary: 'Answer going, maybe or no; a yes to a full event joins the waitlist', params: ZIdParams, body: ZRsvpBody, response: { 200: ZPortalEvent } } },
    async (request) => {
      const memberId = actorOf(request).user.id;
      const result = await answer(deps.db, { eventId: request.params.id, memberId, status: request.body.status, guests: request.body.guests });
      await events.sendQueued(deps.queue, result.keys);
      return getPortalEvent(deps.db, memberId, request.params.id);
    },
  );

  r.get(
    '/events/:id/calendar.ics',
    { onRequest: member, schema: { tags, summary: 'The event as an iCalendar file', params: ZIdParams, response: { 200: ZCalendarText } } },
    async (request, reply) => {
      const body = await eventCalendarFile(deps.db, ctx, actorOf(request).user.id, request.params.id);
      return sendCalendar(reply, `event-${request.params.id.slice(0, 8)}.ics`, body);
    },
  );

  /* ---- signed links: no session ---- */

  r.get(
    '/calendar/:token',
    { schema: { tags, summary: "A member's calendar feed; the secret address alone opens it", params: ZFeedParams, response: { 200: ZCalendarText } } },
    async (request, reply) => sendCalendar(reply as FastifyReply, 'alumni-events.ics', await calendarFeedFile(deps.db, ctx, request.params.token)),
  );

  r.post('/rsvp/preview', { schema: { tags, summary: "What an invitation's answer link shows: the event and the answer so far", body: ZRsvpTokenBody, response: { 200: ZRsvpTokenView } } }, async (request) =>
    previewByToken(deps.db, ctx.secret, request.body.token, request.ip || null),
  );

  r.post('/rsvp', { schema: { tags, summary: 'Answer from an invitation link; the same answer twice changes nothing', body: ZRsvpByTokenBody, response: { 200: ZRsvpTokenView } } }, async (request) =>
    answerByToken(deps, ctx.secret, request.body, request.ip || null),
  );
}
