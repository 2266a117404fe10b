import { hoursText } from '../calendar.js';
import { vanTypeLabel } from '../conflicts.js';
import type {
  RosterAssignment,
  RosterDriver,
  RosterRoute,
  RosterSolution,
  RosterVan,
  UncoveredRoute,
} from './instance.js';
import type { RosterModel } from './model.js';
import { AVERAGE_STRENGTH, type RosterObjective } from './objective.js';
import {
  aVanType,
  daName,
  driverProblems,
  overCap,
  overDayCap,
  overSevenDayCap,
  passesCapText,
  restMinutes,
  sameStation,
  sevenDayMinutes,
  shortOfRest,
  vanFits,
  vanProblems,
  vanUsable,
} from './rules.js';

/**
 * Why each assignment, and what is missing for each uncovered route. Every sentence is computed
 * from the instance and the roster as returned, so it is a true statement about this roster.
 */

/** A route at least this difficult is "hard" in the explanations. */
export const HARD_ROUTE = 70;
/** A DA at least this strong is "strong" in the explanations. */
export const STRONG_DA = 70;

interface Roster {
  model: RosterModel;
  objective: RosterObjective;
  driverOf: Int32Array;
  vanOf: Int32Array;
  /** Per DA and per van, the route they are on, or -1. */
  routeOfDriver: Int32Array;
  routeOfVan: Int32Array;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "CX12, CX14 and CX15". */
const andList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * One reason a route is uncovered: `text` as said on the route, `cause` the same fact said without
 * the route (the same for every route it keeps uncovered), so a day's reasons are read once per cause.
 */
interface Reason {
  text: string;
  cause: string;
}
const same = (text: string): Reason => ({ text, cause: text });
const at = (route: RosterRoute) => (route.station ? ` at ${route.station}` : '');

/** "CX12, CX14, CX15, CX16 and 3 more". */
export function listed(items: readonly string[], max = 4, separator = ', '): string {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

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

function assignment(roster: Roster, r: number, d: number, v: number): RosterAssignment {
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

function uncoveredReasons(roster: Roster, r: number): Reason[] {
  const reasons = [...vanReasons(roster, r), ...driverReasons(roster, r)];
  // Cannot happen with an optimal roster (the route could be added); said plainly if it ever does.
  return reasons.length > 0
    ? reasons
    : [same('not covered although a qualified DA and a ready van are free')];
}

/** The codes of these routes, in the instance's order. */
const codesOf = (model: RosterModel, routes: Iterable<number>) =>
  [...routes].sort((a, b) => a - b).map((r) => model.routes[r]?.code ?? '?');

/** Says what is wrong with the vans, if no ready van of the route's type is free for it. */
function vanReasons(roster: Roster, r: number): Reason[] {
  const { model, routeOfVan } = roster;
  const route = model.routes[r] as RosterRoute;
  const type = route.vanType;
  const label = vanTypeLabel(type);
  const inScope = model.vans
    .map((van, v) => ({ van, v }))
    .filter(({ van }) => van.type === type && sameStation(route.station, van.station));
  if (inScope.some(({ van, v }) => vanFits(route, van) && routeOfVan[v] === -1)) return [];
  if (inScope.length === 0) return [same(`no ${label}${at(route)}`)];
  const usable = inScope.filter(({ van }) => vanUsable(van));
  if (usable.length === 0) {
    const why = inScope.map(({ van }) =>
      van.ready ? `${van.id} failed its inspection` : `${van.id} is not ready`,
    );
    return [same(`no ${label} is ready${at(route)}: ${listed(why)}`)];
  }
  const sameType = model.routes.filter((o) => o.vanType === type && sameStation(route.station, o.station));
  const on = listed(
    codesOf(
      model,
      usable.map(({ v }) => routeOfVan[v] as number),
    ),
  );
  return [
    same(
      `no ${label} left${at(route)}: ${plural(sameType.length, `${label} route`)} and ${plural(usable.length, `ready ${label}`)}, ${usable.length === 1 ? `on ${on}` : `all on other routes (${on})`}`,
    ),
  ];
}

/** Says what is wrong with the DAs, if no DA who may drive the route is free. */
function driverReasons(roster: Roster, r: number): Reason[] {
  const { model, routeOfDriver } = roster;
  const route = model.routes[r] as RosterRoute;
  const eligible = model.eligible[r] ?? [];
  if (eligible.some((d) => routeOfDriver[d] === -1)) return [];
  const type = route.vanType;
  const qualified = model.drivers.filter(
    (d) => sameStation(route.station, d.station) && d.qualifiedVanTypes.includes(type),
  );
  if (qualified.length === 0) return [same(`nobody${at(route)} is qualified for ${aVanType(type)}`)];
  const available = qualified.filter((d) => d.available);
  if (available.length === 0)
    return [
      same(
        `nobody qualified for ${aVanType(type)}${at(route)} is available today (${plural(qualified.length, 'qualified DA')}, all off or not cleared)`,
      ),
    ];
  const reasons: Reason[] = [];
  const capped = available.filter((d) => overCap(route, d));
  if (capped.length > 0) {
    const names = andList(capped.map(daName));
    const caps = [...new Set(capped.map((d) => hoursText(d.maxWeekMinutes)))];
    const reached = (d: RosterDriver) => hoursText(d.weekMinutesWorked + route.plannedMinutes);
    reasons.push({
      text:
        caps.length === 1
          ? `${andList(capped.map((d, i) => `${daName(d)}${i === 0 ? ' would reach' : ''} ${reached(d)}`))} this week, past the ${caps[0]} cap`
          : capped.map((d) => passesCapText(route, d)).join('; '),
      cause: `${names} ${capped.length === 1 ? 'has' : 'have'} too few hours left this week (${caps.length === 1 ? `the ${caps[0]} cap` : 'their caps'})`,
    });
  }
  reasons.push(...dayCapReasons(route, available));
  const name = (d: number) => daName(model.drivers[d] as RosterDriver);
  const on = (d: number) => model.routes[routeOfDriver[d] as number]?.code;
  if (eligible.length === 1) {
    const only = eligible[0] as number;
    reasons.push(same(`the only DA who could drive it, ${name(only)}, is on ${on(only)}`));
  } else if (eligible.length > 1) {
    const busy = eligible.map((d) => `${name(d)} (${on(d)})`);
    reasons.push(same(`everyone who could drive it is on another route: ${listed(busy)}`));
  }
  return reasons;
}

/**
 * One reason per hard cap on the day that keeps DAs off the route: "Imani Clark would have 9 h 20 min
 * of rest since yesterday's route, under the 10 h minimum"; the cause names the DAs and the cap only.
 */
function dayCapReasons(route: RosterRoute, available: readonly RosterDriver[]): Reason[] {
  const group = (
    breaks: (d: RosterDriver) => boolean,
    amount: (d: RosterDriver) => number,
    cap: (d: RosterDriver) => number,
    say: {
      verb: string;
      tail: (cap: string) => string;
      cause: (names: string, cap: string, count: number) => string;
    },
  ): Reason[] => {
    const das = available.filter(breaks);
    if (das.length === 0) return [];
    const caps = [...new Set(das.map((d) => hoursText(cap(d))))];
    const capText = caps.length === 1 ? (caps[0] as string) : caps.join(' or ');
    const each = das.map((d, i) => `${daName(d)}${i === 0 ? ` ${say.verb}` : ''} ${hoursText(amount(d))}`);
    return [
      {
        text: `${andList(each)} ${say.tail(capText)}`,
        cause: say.cause(andList(das.map(daName)), capText, das.length),
      },
    ];
  };
  const long = available.filter((d) => overDayCap(route, d));
  const dayCaps = [...new Set(long.map((d) => hoursText(d.maxDayMinutes ?? 0)))].join(' or ');
  return [
    // The same for every DA with the org's cap: said of the route, not of each DA.
    ...(long.length > 0
      ? [
          {
            text: `planned for ${hoursText(route.plannedMinutes)}, past the ${dayCaps} a DA may work in a day${long.length < available.length ? ` (${andList(long.map(daName))})` : ''}`,
            cause: `longer than the ${dayCaps} a DA may work in a day`,
          },
        ]
      : []),
    ...group(
      (d) => overSevenDayCap(route, d),
      (d) => sevenDayMinutes(route, d),
      (d) => d.maxSevenDayMinutes ?? 0,
      {
        verb: 'would reach',
        tail: (cap) => `in 7 days, past the ${cap} cap`,
        cause: (names, cap, count) =>
          `${names} ${count === 1 ? 'has' : 'have'} too few hours left in 7 days (the ${cap} cap)`,
      },
    ),
    ...group(
      (d) => shortOfRest(route, d),
      (d) => Math.max(0, restMinutes(route, d) ?? 0),
      (d) => d.minRestMinutes ?? 0,
      {
        verb: 'would have',
        tail: (cap) => `of rest since yesterday's route, under the ${cap} minimum`,
        cause: (names, cap) => `${names} would not have the ${cap} rest since yesterday's route`,
      },
    ),
  ];
}
