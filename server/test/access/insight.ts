import type { RouteCase } from './types.js';

/** Every route of the insight module, with who may pass its access check. */
export const insightRoutes: RouteCase[] = [];
