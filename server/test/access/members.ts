import type { RouteCase } from './types.js';

/** Every route of the members module, with who may pass its access check. */
export const membersRoutes: RouteCase[] = [];
