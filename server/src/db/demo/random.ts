/** Seeded randomness for the demo data: the same seed always gives the same data. */

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for demo data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], rnd: Rng): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

export type Weighted<T> = readonly (readonly [value: T, weight: number])[];

export function pickWeighted<T>(options: Weighted<T>, rnd: Rng): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let r = rnd() * total;
  for (const [value, weight] of options) {
    r -= weight;
    if (r < 0) return value;
  }
  const last = options.at(-1);
  if (!last) throw new Error('Cannot pick from an empty list');
  return last[0];
}

export const chance = (rnd: Rng, p: number): boolean => rnd() < p;

/** Inclusive at both ends. */
export const intBetween = (rnd: Rng, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

export function sample<T>(items: readonly T[], k: number, rnd: Rng): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < k && pool.length > 0) {
    const [item] = pool.splice(Math.floor(rnd() * pool.length), 1);
    if (item !== undefined) out.push(item);
  }
  return out;
}
