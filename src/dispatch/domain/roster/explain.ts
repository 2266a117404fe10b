import type { RosterAssignment, RosterSolution, UncoveredRoute } from './instance.js';
import type { RosterModel } from './model.js';
import type { RosterObjective } from './objective.js';
import { uncoveredReasons } from './uncovered.js';
import { assignment } from './why.js';

/**
 * Why each assignment (why.ts), and what is missing for each uncovered route (uncovered.ts). Every
 * sentence is computed from the instance and the roster as returned, so it is a true statement about
 * this roster.
 */

/** The solver's roster, indexed both ways, as the explanations read it. */
export interface Roster {
  model: RosterModel;
  objective: RosterObjective;
  driverOf: Int32Array;
  vanOf: Int32Array;
  /** Per DA and per van, the route they are on, or -1. */
  routeOfDriver: Int32Array;
  routeOfVan: Int32Array;
}

/** The solution as the solver returns it: each assignment with its why, each uncovered route with its reasons. */
export function describeRoster(
  model: RosterModel,
  objective: RosterObjective,
  driverOf: Int32Array,
  vanOf: Int32Array,
): RosterSolution {
  const routeOfDriver = new Int32Array(model.drivers.length).fill(-1);
  const routeOfVan = new Int32Array(model.vans.length).fill(-1);
  driverOf.forEach((d, r) => {
    if (d !== -1) routeOfDriver[d] = r;
  });
  vanOf.forEach((v, r) => {
    if (v !== -1) routeOfVan[v] = r;
  });
  const roster: Roster = { model, objective, driverOf, vanOf, routeOfDriver, routeOfVan };
  const assignments: RosterAssignment[] = [];
  const uncovered: UncoveredRoute[] = [];
  const pairs: { route: number; driver: number }[] = [];
  const causes = new Map<string, string[]>();
  model.routes.forEach((route, r) => {
    const d = driverOf[r] as number;
    if (d === -1) {
      const reasons = uncoveredReasons(roster, r);
      uncovered.push({ routeCode: route.code, reasons: reasons.map((x) => x.text) });
      for (const { cause } of reasons) causes.set(cause, [...(causes.get(cause) ?? []), route.code]);
    } else {
      pairs.push({ route: r, driver: d });
      assignments.push(assignment(roster, r, d, vanOf[r] as number));
    }
  });
  const wanted = pairs.filter(({ driver }) => model.drivers[driver]?.usualVanId !== undefined);
  const kept = wanted.filter(
    ({ route, driver }) => model.vans[vanOf[route] as number]?.id === model.drivers[driver]?.usualVanId,
  );
  return {
    serviceDate: model.instance.serviceDate,
    assignments,
    uncovered,
    causes: [...causes].map(([text, routeCodes]) => ({ text, routeCodes })),
    ...objective.evaluate(pairs, uncovered.length),
    usualVans: { kept: kept.length, wanted: wanted.length },
  };
}
