import { hoursText } from '../calendar.js';
import { vanTypeLabel } from '../conflicts.js';
import type { Roster } from './explain.js';
import type { RosterDriver, RosterRoute } from './instance.js';
import type { RosterModel } from './model.js';
import {
  aVanType,
  daName,
  overCap,
  overDayCap,
  overSevenDayCap,
  passesCapText,
  restMinutes,
  sameStation,
  sevenDayMinutes,
  shortOfRest,
  vanFits,
  vanUsable,
} from './rules.js';
import { andList, listed, plural } from './wording.js';

/**
 * One reason a route is uncovered: `text` as said on the route, `cause` the same fact said without
 * the route (the same for every route it keeps uncovered), so a day's reasons are read once per cause.
 */
export interface Reason {
  text: string;
  cause: string;
}
const same = (text: string): Reason => ({ text, cause: text });
const at = (route: RosterRoute) => (route.station ? ` at ${route.station}` : '');

/** What is missing for an uncovered route: the vans, then the DAs. */
export function uncoveredReasons(roster: Roster, r: number): Reason[] {
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
