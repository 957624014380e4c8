import { apiPaths } from '@alumni/shared';
import { hrOrAdmin, type Caller, type RouteCase } from './types.js';

const unknown = '00000000-0000-4000-8000-000000000000';
const members: Caller[] = ['member'];

/** Every route of the segments and events modules, with who may pass its access check. */
export const eventsRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/segments', url: () => apiPaths.adminSegments, allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/segments', url: () => apiPaths.adminSegments, body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/segments/count', url: () => apiPaths.adminSegmentCount, body: () => ({ filters: {} }), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/segments/:id', url: () => apiPaths.adminSegment(unknown), allowed: hrOrAdmin },
  { method: 'PATCH', pattern: '/api/v1/admin/segments/:id', url: () => apiPaths.adminSegment(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'DELETE', pattern: '/api/v1/admin/segments/:id', url: () => apiPaths.adminSegment(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/events', url: () => apiPaths.adminEvents, allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/events', url: () => apiPaths.adminEvents, body: () => ({}), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/events/:id', url: () => apiPaths.adminEvent(unknown), allowed: hrOrAdmin },
  { method: 'PATCH', pattern: '/api/v1/admin/events/:id', url: () => apiPaths.adminEvent(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/events/:id/publish', url: () => apiPaths.adminEventPublish(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/events/:id/cancel', url: () => apiPaths.adminEventCancel(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/events/:id/audience', url: () => apiPaths.adminEventAudience(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/events/:id/invitations', url: () => apiPaths.adminEventInvitations(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/events/:id/attendees', url: () => apiPaths.adminEventAttendees(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/events/:id/attendees/export', url: () => apiPaths.adminEventAttendeesExport(unknown), allowed: hrOrAdmin },
  {
    method: 'POST',
    pattern: '/api/v1/admin/events/:id/attendees/:memberId/check-in',
    url: ({ target }) => apiPaths.adminEventCheckIn(unknown, target),
    allowed: hrOrAdmin,
  },
  {
    method: 'POST',
    pattern: '/api/v1/admin/events/:id/attendees/:memberId/undo-check-in',
    url: ({ target }) => apiPaths.adminEventUndoCheckIn(unknown, target),
    allowed: hrOrAdmin,
  },
  { method: 'POST', pattern: '/api/v1/admin/events/:id/walk-ins', url: () => apiPaths.adminEventWalkIns(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/events', url: () => apiPaths.events, allowed: members },
  { method: 'GET', pattern: '/api/v1/events/calendar-feed', url: () => apiPaths.calendarFeed, allowed: members },
  { method: 'POST', pattern: '/api/v1/events/calendar-feed/reset', url: () => apiPaths.calendarFeedReset, allowed: members },
  { method: 'GET', pattern: '/api/v1/events/:id', url: () => apiPaths.event(unknown), allowed: members },
  { method: 'PUT', pattern: '/api/v1/events/:id/rsvp', url: () => apiPaths.eventRsvp(unknown), body: () => ({ status: 'going' }), allowed: members },
  { method: 'GET', pattern: '/api/v1/events/:id/calendar.ics', url: () => apiPaths.eventCalendar(unknown), allowed: members },
  { method: 'GET', pattern: '/api/v1/calendar/:token', url: () => apiPaths.calendarFeedFile('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/rsvp/preview', url: () => apiPaths.rsvpPreview, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/rsvp', url: () => apiPaths.rsvpAnswer, body: () => ({}), allowed: 'everyone' },
];
