import { DEMAND_KINDS, type DemandKind, type WeekInput } from './input.js';
import { type MilpBuilder, NO_LOWER } from './milp.js';
import type { ShiftColumn } from './model-columns.js';
import { WEIGHTS } from './objective.js';
import { remainingDemand } from './shifts.js';

/** Each day's routes and standbys still open after the manager's pins. */
export const openDemand = (input: WeekInput): Record<DemandKind, number>[] =>
  input.days.map((_, t) => ({
    route: remainingDemand(input, t, 'route'),
    standby: remainingDemand(input, t, 'standby'),
  }));

/** Demand: at most the open routes and standbys of each day; what is left is the shortage in the offset. */
export function addDemandRows(
  input: WeekInput,
  m: MilpBuilder,
  shifts: readonly ShiftColumn[],
  open: Record<DemandKind, number>[],
): void {
  input.days.forEach((_, t) => {
    for (const kind of DEMAND_KINDS) {
      const needed = open[t]?.[kind] ?? 0;
      m.offset += needed * (kind === 'route' ? WEIGHTS.routeShort : WEIGHTS.standbyShort);
      const cols = shifts.flatMap((s, j) => (s.dayIndex === t && s.kind === kind ? [j] : []));
      if (cols.length > needed) m.row(cols, 1, NO_LOWER, needed);
    }
  });
}

/**
 * Shortage no plan can avoid, day by day: routes beyond the DAs who could take a route that day, and
 * shifts beyond the DAs who could work that day at all (counted as standbys, the cheaper kind).
 */
export function coverageFloor(input: WeekInput, shifts: readonly ShiftColumn[]): number {
  return input.days.reduce((sum, _, t) => {
    const das = (kind?: DemandKind) =>
      new Set(shifts.filter((s) => s.dayIndex === t && (!kind || s.kind === kind)).map((s) => s.daIndex))
        .size;
    const routes = remainingDemand(input, t, 'route');
    const standbys = remainingDemand(input, t, 'standby');
    const routesShort = Math.max(0, routes - das('route'));
    const standbysShort = Math.max(0, standbys - das('standby'), routes + standbys - das() - routesShort);
    return sum + WEIGHTS.routeShort * routesShort + WEIGHTS.standbyShort * standbysShort;
  }, 0);
}
