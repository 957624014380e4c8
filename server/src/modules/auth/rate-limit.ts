import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';

export interface Limit {
  max: number;
  windowSeconds: number;
}

/** The limits on the sign-in surface, per client IP and per address. */
export const limits = {
  loginIp: { max: 25, windowSeconds: 300 },
  loginEmail: { max: 25, windowSeconds: 3600 },
  registerIp: { max: 10, windowSeconds: 3600 },
  magicIp: { max: 25, windowSeconds: 300 },
  magicEmail: { max: 5, windowSeconds: 1800 },
  resetIp: { max: 25, windowSeconds: 300 },
  resetEmail: { max: 5, windowSeconds: 1800 },
  tokenIp: { max: 50, windowSeconds: 300 },
  /** Directory searches per viewer: plenty for typing and paging, too few to copy the member base. */
  directorySearch: { max: 120, windowSeconds: 60 },
  /** Employment claims per member: few enough that trying names against HR's records gets nowhere. */
  claimUser: { max: 5, windowSeconds: 86_400 },
  /** Photo uploads per member: each one is decoded and re-encoded, which costs real CPU. */
  photoUser: { max: 30, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof limits;

/**
 * Counts a hit on a limit for one subject (a client IP or an address) in a fixed window kept in
 * PostgreSQL, so every API instance shares the count. Throws 429 with Retry-After once the window's
 * budget is spent.
 */
export async function hitLimit(db: Db, name: LimitName, subject: string | null): Promise<void> {
  const limit: Limit = limits[name];
  const key = `${name}:${subject ?? '-'}`;
  const window = limit.windowSeconds;
  const result = await db.execute<{ count: number; retry_after: number }>(sql`
    insert into rate_limits (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start <= now() - make_interval(secs => ${window}) then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start <= now() - make_interval(secs => ${window}) then now() else rate_limits.window_start end
    returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${window}) - now())))::int as retry_after`);
  const row = result.rows[0];
  if (row && row.count > limit.max) {
    const retryAfter = Math.max(1, row.retry_after);
    throw new AppError('rate_limited', 'Too many attempts. Try again later.', undefined, {
      'retry-after': String(retryAfter),
    });
  }
}
