import { apiPaths } from '@alumni/shared';
import type { RouteCase } from './types.js';

/** Every route of the privacy module, with who may pass its access check. */
export const privacyRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/account/export', url: () => apiPaths.accountExport, allowed: ['member'] },
  // A member signed in with a password is told to confirm with it (422): past the access check, nothing mailed.
  { method: 'POST', pattern: '/api/v1/account/erase/request', url: () => apiPaths.accountEraseRequest, allowed: ['member'] },
  // An empty body is refused (400) after the access check, so no account is erased.
  { method: 'POST', pattern: '/api/v1/account/erase', url: () => apiPaths.accountErase, body: () => ({}), allowed: ['member'] },
];
