/** A small seeded generator (mulberry32): the same seed always makes the same demo DSP. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)] as T;

/** `n` random decimal digits, as the ids in Amazon's and the camera vendor's files are made of. */
export const randomDigits = (rand: () => number, n: number): string =>
  Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

/** A whole number from `lo` to `hi`, both included. */
export const intBetween = (rand: () => number, [lo, hi]: [number, number]): number =>
  lo + Math.floor(rand() * (hi - lo + 1));
