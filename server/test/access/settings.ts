import type { RouteCase } from './types.js';

/** Every route of the settings module, with who may pass its access check. */
export const settingsRoutes: RouteCase[] = [];
