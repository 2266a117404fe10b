/**
 * What the roster solver's preferences are made of, from a station's recent history: the routes each
 * DA knows, the van each DA usually drives, how hard each of today's routes is, and how strong each
 * DA is. Pure: the caller loads the history.
 */

export interface DrivenRoute {
  driverId: string;
  code: string;
  vanId: string | null;
}

/** A route a DA drove at least this often lately counts as one they know. */
const KNOWS_AFTER = 2;

/** The route codes each DA drove at least twice in the history given. */
export function familiarRoutes(history: readonly DrivenRoute[]): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  for (const h of history) {
    const mine = counts.get(h.driverId) ?? new Map<string, number>();
    mine.set(h.code, (mine.get(h.code) ?? 0) + 1);
    counts.set(h.driverId, mine);
  }
  return new Map(
    [...counts].map(([id, codes]) => [
      id,
      [...codes]
        .filter(([, n]) => n >= KNOWS_AFTER)
        .map(([code]) => code)
        .sort(),
    ]),
  );
}

/** The van each DA drove most often in the history given (ties: the one driven last). */
export function usualVans(history: readonly DrivenRoute[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const h of history) {
    if (!h.vanId) continue;
    const mine = counts.get(h.driverId) ?? new Map<string, number>();
    mine.set(h.vanId, (mine.get(h.vanId) ?? 0) + 1);
    counts.set(h.driverId, mine);
  }
  return new Map(
    [...counts].map(([id, vans]) => [id, [...vans].reduce((best, v) => (v[1] >= best[1] ? v : best))[0]]),
  );
}

/**
 * How hard each route is, 0–100, by its stops and packages against the day's other routes (a route
 * with neither known is average): stronger DAs go to the top of the day.
 */
export function difficulties(
  routes: readonly { code: string; stops: number | null; packages: number | null }[],
) {
  const load = (r: (typeof routes)[number]) =>
    r.stops === null && r.packages === null ? null : (r.stops ?? 0) + (r.packages ?? 0) / 2;
  const known = routes.map(load).filter((x): x is number => x !== null);
  const lo = Math.min(...known);
  const hi = Math.max(...known);
  return new Map(
    routes.map((r) => {
      const l = load(r);
      return [r.code, l === null || hi === lo ? 50 : Math.round((100 * (l - lo)) / (hi - lo))];
    }),
  );
}

/** A manager's 1–5 rating as a strength of 0–100 (none: average). */
export const strengthOf = (rating: number | undefined): number | undefined =>
  rating === undefined ? undefined : Math.round(((rating - 1) / 4) * 100);
