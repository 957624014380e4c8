import type { JobHandler } from '../../lib/queue.js';
import type { JobDeps } from '../deps.js';

export function membersJobHandlers(deps: JobDeps): JobHandler[] {
  void deps;
  return [];
}
