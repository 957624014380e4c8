import type { RouteCase } from './types.js';

/** Every route of the directory module, with who may pass its access check. */
export const directoryRoutes: RouteCase[] = [];
