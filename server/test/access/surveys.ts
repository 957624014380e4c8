import type { RouteCase } from './types.js';

/** Every route of the surveys module, with who may pass its access check. */
export const surveysRoutes: RouteCase[] = [];
