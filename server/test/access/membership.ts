import type { RouteCase } from './types.js';

/** Every route of the membership module, with who may pass its access check. */
export const membershipRoutes: RouteCase[] = [];
