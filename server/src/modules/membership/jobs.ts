import type { JobHandler } from '../../lib/queue.js';
import type { JobDeps } from '../deps.js';

export function membershipJobHandlers(deps: JobDeps): JobHandler[] {
  void deps;
  return [];
}
