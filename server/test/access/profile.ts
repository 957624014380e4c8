import type { RouteCase } from './types.js';

/** Every route of the profile module, with who may pass its access check. */
export const profileRoutes: RouteCase[] = [];
