import type { Counter } from './count.js';

/** Records that later work comes to point at, and which a delete must therefore ask about. */
export type Referenced = 'driver' | 'van';

/** Counts what points at one record, with the noun a manager reads ("route", "inspection"). */
export type Reference = readonly [Counter, string];

const registry: Record<Referenced, Map<string, Counter>> = { driver: new Map(), van: new Map() };

/**
 * The app registers what each slice keeps that points at a DA or a van, so people and fleet can say
 * what a record's history is without knowing the slices that make it.
 */
export function registerReferences(target: Referenced, references: readonly Reference[]): void {
  for (const [count, noun] of references) registry[target].set(noun, count);
}

export const referencesTo = (target: Referenced): Reference[] =>
  [...registry[target]].map(([noun, count]) => [count, noun] as const);
