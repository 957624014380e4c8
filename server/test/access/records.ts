import type { RouteCase } from './types.js';

/** Every route of the records module, with who may pass its access check. */
export const recordsRoutes: RouteCase[] = [];
