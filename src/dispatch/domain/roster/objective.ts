import type { ObjectiveParts, ObjectiveTerm, RosterDriver, RosterInstance, RosterRoute } from './instance.js';
import type { RosterModel } from './model.js';

/**
 * The one cost function of the roster. The solver, the brute force in the tests, the CLI and the
 * benchmark's MILP all price a roster with it. Lower is better; every number is an integer.
 *
 *   objective = W · uncovered routes                       (coverage first)
 *             + V · overtime minutes                        (then no avoidable overtime)
 *             + wage cents + overtime premium cents         (then the cheapest hours,
 *             + 100 · routes given to a DA who doesn't know them    with preferences priced
 *             + strength fit (0–100 per route)                        in cents)
 *             + 5000 · routes given to a standby
 *
 * V is larger than pay and preferences can ever add up to and W larger than everything below it, both
 * derived from the instance, so the order is strict. docs/roster.md explains the choice.
 */

/** What it is worth (in cents of pay) that a DA knows the route. */
export const FAMILIARITY_CENTS = 100;
/**
 * What it costs (in cents) to give a route to a standby rather than a DA scheduled for one: more than
 * any wage difference or preference, so a scheduled DA is never sent home while a standby drives.
 */
export const STANDBY_CENTS = 5000;
/** A DA without a strength is taken as average. */
export const AVERAGE_STRENGTH = 50;

const TOO_LARGE =
  'This roster is too large for an exact integer objective (past 2^53); solve each station on its own.';

export interface PairParts {
  overtimeMinutes: number;
  overtimePremiumCents: number;
  wageCents: number;
  unfamiliar: 0 | 1;
  /** (100 − strength) × difficulty / 100: a weak DA on a hard route costs most, an easy route nothing. */
  strengthFit: number;
  standby: 0 | 1;
}

export interface RosterWeights {
  uncoveredRoute: number;
  overtimeMinute: number;
}

export interface RouteDriver {
  route: number;
  driver: number;
}

export interface RosterObjective {
  weights: RosterWeights;
  parts(route: number, driver: number): PairParts;
  /** The objective's cost of this DA driving this route (coverage aside). */
  cost(route: number, driver: number): number;
  /** Prices a whole roster: its route–DA pairs (pinned included) and how many routes stay uncovered. */
  evaluate(
    pairs: readonly RouteDriver[],
    uncovered: number,
  ): { objective: number; objectiveParts: ObjectiveParts };
}

/** Minutes of this route past the overtime line: only what the route itself adds. */
export function overtimeMinutes(route: RosterRoute, driver: RosterDriver, overtimeAfter: number): number {
  const before = driver.weekMinutesWorked;
  return Math.max(0, before + route.plannedMinutes - Math.max(before, overtimeAfter));
}

export function pairParts(instance: RosterInstance, route: RosterRoute, driver: RosterDriver): PairParts {
  const rate = driver.hourlyCents ?? instance.defaultHourlyCents;
  const overtime = overtimeMinutes(route, driver, instance.overtimeAfterMinutes);
  return {
    overtimeMinutes: overtime,
    // Overtime is paid at 1.5×: the wage covers 1×, the premium the extra half.
    overtimePremiumCents: Math.round((overtime * rate) / 120),
    wageCents: Math.round((route.plannedMinutes * rate) / 60),
    unfamiliar: driver.familiarRoutes?.includes(route.code) ? 0 : 1,
    strengthFit: Math.round(((100 - (driver.strength ?? AVERAGE_STRENGTH)) * (route.difficulty ?? 0)) / 100),
    standby: driver.standby ? 1 : 0,
  };
}

/** Everything below overtime, in cents: pay plus the price of the preferences. */
const restCost = (p: PairParts): number =>
  p.wageCents +
  p.overtimePremiumCents +
  FAMILIARITY_CENTS * p.unfamiliar +
  p.strengthFit +
  STANDBY_CENTS * p.standby;

/**
 * Bounds on what the overtime and the rest can add up to in any feasible roster: each route has at
 * most one DA and each DA at most one route, so the smaller of "sum over routes of their dearest
 * DA" and "sum over DAs of their dearest route" bounds the total.
 */
function bounds(model: RosterModel, parts: (r: number, d: number) => PairParts) {
  const byDriver = {
    overtime: new Float64Array(model.drivers.length),
    rest: new Float64Array(model.drivers.length),
  };
  let routeOvertime = 0;
  let routeRest = 0;
  model.routes.forEach((_, r) => {
    const pin = model.pins[model.routePin[r] ?? -1];
    const candidates = pin
      ? [pin.driver]
      : (model.routePools[r]?.length ?? 0) > 0
        ? (model.eligible[r] ?? []).filter((d) => !model.driverPinned[d])
        : [];
    let maxOvertime = 0;
    let maxRest = 0;
    for (const d of candidates) {
      const p = parts(r, d);
      const rest = restCost(p);
      maxOvertime = Math.max(maxOvertime, p.overtimeMinutes);
      maxRest = Math.max(maxRest, rest);
      byDriver.overtime[d] = Math.max(byDriver.overtime[d] ?? 0, p.overtimeMinutes);
      byDriver.rest[d] = Math.max(byDriver.rest[d] ?? 0, rest);
    }
    routeOvertime += maxOvertime;
    routeRest += maxRest;
  });
  const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
  return {
    overtime: Math.min(routeOvertime, sum(byDriver.overtime)),
    rest: Math.min(routeRest, sum(byDriver.rest)),
  };
}

function deriveWeights(model: RosterModel, parts: (r: number, d: number) => PairParts): RosterWeights {
  const bound = bounds(model, parts);
  const overtimeMinute = bound.rest + 1;
  const uncoveredRoute = overtimeMinute * bound.overtime + bound.rest + 1;
  if (!Number.isSafeInteger(uncoveredRoute)) throw new RangeError(TOO_LARGE);
  return { uncoveredRoute, overtimeMinute };
}

const term = (value: number, weight: number): ObjectiveTerm => ({ value, weight, cost: value * weight });

export function rosterObjective(model: RosterModel): RosterObjective {
  const { instance, routes, drivers } = model;
  const parts = (r: number, d: number) =>
    pairParts(instance, routes[r] as RosterRoute, drivers[d] as RosterDriver);
  const weights = deriveWeights(model, parts);
  return {
    weights,
    parts,
    cost(r, d) {
      const p = parts(r, d);
      return weights.overtimeMinute * p.overtimeMinutes + restCost(p);
    },
    evaluate(pairs, uncovered) {
      const total = {
        overtimeMinutes: 0,
        overtimePremiumCents: 0,
        wageCents: 0,
        unfamiliar: 0,
        strengthFit: 0,
        standby: 0,
      };
      for (const { route, driver } of pairs) {
        const p = parts(route, driver);
        total.overtimeMinutes += p.overtimeMinutes;
        total.overtimePremiumCents += p.overtimePremiumCents;
        total.wageCents += p.wageCents;
        total.unfamiliar += p.unfamiliar;
        total.strengthFit += p.strengthFit;
        total.standby += p.standby;
      }
      const objectiveParts: ObjectiveParts = {
        uncoveredRoutes: term(uncovered, weights.uncoveredRoute),
        overtimeMinutes: term(total.overtimeMinutes, weights.overtimeMinute),
        overtimePremiumCents: term(total.overtimePremiumCents, 1),
        wageCents: term(total.wageCents, 1),
        unfamiliarRoutes: term(total.unfamiliar, FAMILIARITY_CENTS),
        strengthFit: term(total.strengthFit, 1),
        standbysUsed: term(total.standby, STANDBY_CENTS),
      };
      const objective = Object.values(objectiveParts).reduce((s, t) => s + t.cost, 0);
      // Integers stay exact in a double only up to 2^53: refuse rather than answer a rounded number.
      if (!Number.isSafeInteger(objective)) throw new RangeError(TOO_LARGE);
      return { objective, objectiveParts };
    },
  };
}
