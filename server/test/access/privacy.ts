import type { RouteCase } from './types.js';

/** Every route of the privacy module, with who may pass its access check. */
export const privacyRoutes: RouteCase[] = [];
