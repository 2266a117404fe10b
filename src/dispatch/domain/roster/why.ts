import { hoursText } from '../calendar.js';
import type { Roster } from './explain.js';
import type { RosterAssignment, RosterDriver, RosterRoute, RosterVan } from './instance.js';
import type { RosterModel } from './model.js';
import { AVERAGE_STRENGTH } from './objective.js';
import { daName, driverProblems, vanProblems } from './rules.js';
import { listed } from './wording.js';

/** A route at least this difficult is "hard" in the explanations. */
export const HARD_ROUTE = 70;
/** A DA at least this strong is "strong" in the explanations. */
export const STRONG_DA = 70;

/** One assignment as the solution gives it: DA, van, overtime, why, and warnings on a pin that breaks a rule. */
export function assignment(roster: Roster, r: number, d: number, v: number): RosterAssignment {
  const { model } = roster;
  const route = model.routes[r] as RosterRoute;
  const driver = model.drivers[d] as RosterDriver;
  const van = model.vans[v] as RosterVan;
  const pinned = model.routePin[r] !== -1;
  const out: RosterAssignment = {
    routeCode: route.code,
    driverId: driver.id,
    vanId: van.id,
    ...(pinned ? { pinned: true as const } : {}),
    overtimeMinutes: roster.objective.parts(r, d).overtimeMinutes,
    why: why(roster, r, d, pinned),
  };
  if (pinned) {
    const warnings = [...driverProblems(route, driver), ...vanProblems(route, van)];
    if (warnings.length > 0) out.warnings = warnings;
  }
  return out;
}

function why(roster: Roster, r: number, d: number, pinned: boolean): string[] {
  const { model, objective } = roster;
  const driver = model.drivers[d] as RosterDriver;
  const van = model.vans[roster.vanOf[r] as number];
  const parts = objective.parts(r, d);
  return [
    ...(pinned ? ['pinned'] : []),
    overtimeWhy(roster, r, d),
    ...(parts.unfamiliar === 0 ? ['knows this route'] : []),
    ...(van && driver.usualVanId === van.id ? ['usual van'] : []),
    ...strengthWhy(model, r, d),
    ...rateWhy(model, r, d),
  ];
}

function overtimeWhy(roster: Roster, r: number, d: number): string {
  const { model, objective } = roster;
  const minutes = objective.parts(r, d).overtimeMinutes;
  if (minutes === 0) return 'no overtime';
  const adds = `adds ${hoursText(minutes)} of overtime`;
  const without = (model.eligible[r] ?? []).filter(
    (o) => o !== d && objective.parts(r, o).overtimeMinutes === 0,
  );
  if (without.length === 0) return `${adds}: nobody could drive it without overtime`;
  if (without.every((o) => roster.routeOfDriver[o] !== -1)) {
    const busy = without.map(
      (o) =>
        `${daName(model.drivers[o] as RosterDriver)} on ${model.routes[roster.routeOfDriver[o] as number]?.code}`,
    );
    return `${adds}: everyone who could drive it without overtime is on another route (${listed(busy)})`;
  }
  return adds;
}

const strengthOf = (driver: RosterDriver) => driver.strength ?? AVERAGE_STRENGTH;

/** Strength and rate are compared among the DAs who could drive the route; a pin outside them is not. */
function strengthWhy(model: RosterModel, r: number, d: number): string[] {
  const route = model.routes[r] as RosterRoute;
  const strength = model.drivers[d]?.strength;
  const eligible = model.eligible[r] ?? [];
  if ((route.difficulty ?? 0) < HARD_ROUTE || strength === undefined || !eligible.includes(d)) return [];
  const strongest = Math.max(...eligible.map((o) => strengthOf(model.drivers[o] as RosterDriver)));
  if (strength >= strongest) return ['strongest available for a hard route'];
  return strength >= STRONG_DA ? ['strong DA for a hard route'] : [];
}

function rateWhy(model: RosterModel, r: number, d: number): string[] {
  const eligible = model.eligible[r] ?? [];
  if (!eligible.includes(d)) return [];
  const rate = (i: number) => model.drivers[i]?.hourlyCents ?? model.instance.defaultHourlyCents;
  const rates = eligible.map(rate);
  const lowest = Math.min(...rates);
  return rate(d) === lowest && Math.max(...rates) > lowest
    ? ['lowest pay rate of the DAs who could drive it']
    : [];
}
