import { apiPaths } from '@alumni/shared';
import { signedIn, type RouteCase } from './types.js';

/** Every route of the directory module, with who may pass its access check (the matrix's member is verified). */
export const directoryRoutes: RouteCase[] = [
  { method: 'GET', pattern: '/api/v1/directory', url: () => apiPaths.directory, allowed: signedIn },
  { method: 'GET', pattern: '/api/v1/directory/facets', url: () => apiPaths.directoryFacets, allowed: signedIn },
  { method: 'GET', pattern: '/api/v1/directory/:id', url: ({ target }) => apiPaths.directoryProfile(target), allowed: signedIn },
  { method: 'GET', pattern: '/api/v1/members/:id/photo', url: ({ target }) => apiPaths.memberPhoto(target), allowed: signedIn },
];
