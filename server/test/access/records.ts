import { apiPaths } from '@alumni/shared';
import { hrOrAdmin, type RouteCase } from './types.js';

const unknownImport = '00000000-0000-4000-8000-000000000000';

/** Every route of the records module, with who may pass its access check. */
export const recordsRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/admin/records', url: () => apiPaths.adminRecords, allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/records/imports', url: () => apiPaths.adminRecordImports, allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/records/imports', url: () => apiPaths.adminRecordImports, allowed: hrOrAdmin },
  { method: 'GET', pattern: '/api/v1/admin/records/imports/:id', url: () => apiPaths.adminRecordImport(unknownImport), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/records/imports/:id/commit', url: () => apiPaths.adminRecordImportCommit(unknownImport), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/records/imports/:id/discard', url: () => apiPaths.adminRecordImportDiscard(unknownImport), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/admin/records/invitations', url: () => apiPaths.adminRecordInvitations, body: () => ({}), allowed: hrOrAdmin },
  { method: 'POST', pattern: '/api/v1/invitations/preview', url: () => apiPaths.invitationPreview, body: () => ({}), allowed: 'everyone' },
  { method: 'POST', pattern: '/api/v1/invitations/join', url: () => apiPaths.invitationJoin, body: () => ({}), allowed: 'everyone' },
];
