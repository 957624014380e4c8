import { apiPaths } from '@alumni/shared';
import { adminOnly, type RouteCase } from './types.js';

/** Every route of the settings module, with who may pass its access check. */
export const settingsRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/settings', url: () => apiPaths.adminSettings, allowed: adminOnly },
  { method: 'PUT', pattern: '/api/v1/admin/settings', url: () => apiPaths.adminSettings, body: () => ({}), allowed: adminOnly },
  { method: 'PUT', pattern: '/api/v1/admin/settings/logo', url: () => apiPaths.adminSettingsLogo, allowed: adminOnly },
  { method: 'DELETE', pattern: '/api/v1/admin/settings/logo', url: () => apiPaths.adminSettingsLogo, allowed: adminOnly },
  // Every page shows the name, colours and logo before anyone signs in.
  { method: 'GET', pattern: '/api/v1/branding', url: () => apiPaths.branding, allowed: 'everyone' },
  { method: 'GET', pattern: '/api/v1/branding/logo', url: () => apiPaths.brandingLogo, allowed: 'everyone' },
];
