import { apiPaths } from '@alumni/shared';
import { hrOrAdmin, type Caller, type RouteCase } from './types.js';

const unknown = '00000000-0000-4000-8000-000000000000';
const members: Caller[] = ['member'];
const token = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Every route of the news and newsletter modules, with who may pass its access check. */
export const newslettersRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/news', url: () => apiPaths.adminNews, allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/news', url: () => apiPaths.adminNews, body: () => ({}), allowed: hrOrAdmin },
  { method: 'PATCH', pattern: '/api/v1/admin/news/:id', url: () => apiPaths.adminNewsPost(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'DELETE', pattern: '/api/v1/admin/news/:id', url: () => apiPaths.adminNewsPost(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/news', url: () => apiPaths.news, allowed: members },
  { method: 'GET', pattern: '/api/v1/admin/newsletters', url: () => apiPaths.adminNewsletters, allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters', url: () => apiPaths.adminNewsletters, body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters/preview', url: () => apiPaths.adminNewsletterPreview, body: () => ({}), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/newsletters/audience', url: () => apiPaths.adminNewsletterAudience, allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/newsletters/plan', url: () => apiPaths.adminNewsletterPlan, allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/newsletters/cadence', url: () => apiPaths.adminNewsletterCadence, allowed: hrOrAdmin },
  { method: 'PUT', pattern: '/api/v1/admin/newsletters/cadence', url: () => apiPaths.adminNewsletterCadence, body: () => ({}), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/newsletters/:id', url: () => apiPaths.adminNewsletter(unknown), allowed: hrOrAdmin },
  { method: 'PATCH', pattern: '/api/v1/admin/newsletters/:id', url: () => apiPaths.adminNewsletter(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'DELETE', pattern: '/api/v1/admin/newsletters/:id', url: () => apiPaths.adminNewsletter(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters/:id/test-send', url: () => apiPaths.adminNewsletterTestSend(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters/:id/schedule', url: () => apiPaths.adminNewsletterSchedule(unknown), body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters/:id/cancel', url: () => apiPaths.adminNewsletterCancel(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters/:id/pause', url: () => apiPaths.adminNewsletterPause(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters/:id/resume', url: () => apiPaths.adminNewsletterResume(unknown), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/newsletters/:id/retry-failed', url: () => apiPaths.adminNewsletterRetryFailed(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/newsletters/:id/stats', url: () => apiPaths.adminNewsletterStats(unknown), allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/newsletters', url: () => apiPaths.newsletters, allowed: members },
  { method: 'GET', pattern: '/api/v1/newsletters/:id', url: () => apiPaths.newsletter(unknown), allowed: members },
  { method: 'POST', pattern: '/api/v1/mail-preferences', url: () => apiPaths.mailPreferences, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/mail-preferences/unsubscribe', url: () => apiPaths.mailUnsubscribe, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/mail-preferences/update', url: () => apiPaths.mailPreferencesUpdate, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/unsubscribe/:token', url: () => apiPaths.oneClickUnsubscribe(token), allowed: 'everyone' },
  { method: 'GET', pattern: '/api/v1/t/:token/open.gif', url: () => apiPaths.trackOpen(token), allowed: 'everyone' },
  { method: 'GET', pattern: '/api/v1/t/:token/l/:link', url: () => apiPaths.trackClick(token, 0), allowed: 'everyone' },
];
