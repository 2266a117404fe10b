import { hoursText } from './calendar.js';
import { vanTypeLabel } from './conflicts.js';
import { type CapRoute, capBreaches, type DayCaps, type RecentWork } from './day-caps.js';
import { overtimeCostCents } from './overtime-decision.js';

/**
 * "Find a DA" for an uncovered route: who can take it, best first, with what it costs, and who was
 * left out and why. Pure: the caller gives the day's DAs and vans as facts.
 */

export interface ReplacementCandidate extends RecentWork {
  id: string;
  name: string;
  /** Today's shift kind when scheduled (route, standby, …), or null when off today. */
  shiftKind: string | null;
  calledOut: boolean;
  checkedIn: boolean;
  onRoute: boolean;
  cleared: boolean;
  vanTypes: string[];
  /** For DAs off today: whether they said they can work today, and why not. */
  available: boolean;
  unavailableReason: string | null;
  otherDays: number;
  otherDaysMinutes: number;
  hourlyRateCents: number | null;
}

export type ReplacementGroup = 'standby' | 'scheduled' | 'off_today';

export interface Replacement {
  driverId: string;
  name: string;
  /** A free standby, a DA scheduled for a route who has none, or a DA off today. */
  group: ReplacementGroup;
  checkedIn: boolean;
  vanTypes: string[];
  /** Minutes on the week's other days, and the week with this route. */
  weekMinutes: number;
  weekMinutesAfter: number;
  /** Minutes past the org's weekly line this route adds, and their cost at time and a half. */
  overtimeMinutes: number;
  overtimeCostCents: number;
}

export interface LeftOut {
  reason: string;
  names: string[];
  driverIds: string[];
}

export interface RankRules {
  /** Minutes a week after which hours are overtime (the org's line, 40 h by default). */
  overtimeAfterMinutes: number;
  /** The org's hard weekly ceiling: nobody is offered past it. */
  weekCapMinutes: number;
  maxDaysPerWeek: number;
  /** The org's hard caps on a DA's day: nobody is offered past them. */
  caps: DayCaps;
  /** The rate assumed for a DA without one, so every overtime has a cost. */
  defaultHourlyCents: number;
}

type Route = CapRoute & { vanType: string };

/** Why a candidate is not offered, or null when they can take the route. */
function exclusion(route: Route, c: ReplacementCandidate, rules: RankRules): string | null {
  if (c.calledOut) return 'called out today';
  if (c.onRoute) return 'already on a route';
  if (!c.cleared) return 'not cleared to drive';
  if (!c.vanTypes.includes(route.vanType)) return `not qualified for ${vanTypeLabel(route.vanType)}s`;
  if (c.otherDaysMinutes + route.plannedMinutes > rules.weekCapMinutes)
    return `would pass the ${hoursText(rules.weekCapMinutes)} week ceiling`;
  const [breach] = capBreaches(route, c, rules.caps);
  if (breach) return breach;
  if (c.shiftKind === null) {
    if (!c.available) return c.unavailableReason ?? 'not available today';
    if (c.otherDays + 1 > rules.maxDaysPerWeek) return `already ${c.otherDays} days this week`;
  }
  if (c.shiftKind !== null && c.shiftKind !== 'standby' && c.shiftKind !== 'route')
    return `on a ${c.shiftKind} shift`;
  return null;
}

const groupOf = (c: ReplacementCandidate): ReplacementGroup =>
  c.shiftKind === 'standby' ? 'standby' : c.shiftKind === 'route' ? 'scheduled' : 'off_today';

const GROUP_RANK: Record<ReplacementGroup, number> = { standby: 0, scheduled: 1, off_today: 2 };

/**
 * Who can take an uncovered route, best first: free standbys (checked-in ones first), then DAs
 * scheduled for a route who have none, then DAs off today who said they can work; within each, the
 * least overtime, then the fewest hours this week. Everyone else is left out, grouped by why.
 */
export function rankReplacements(
  route: Route,
  candidates: readonly ReplacementCandidate[],
  rules: RankRules,
): { replacements: Replacement[]; leftOut: LeftOut[] } {
  const leftOut = new Map<string, ReplacementCandidate[]>();
  const offered: Replacement[] = [];
  for (const c of candidates) {
    const why = exclusion(route, c, rules);
    if (why !== null) {
      leftOut.set(why, [...(leftOut.get(why) ?? []), c]);
      continue;
    }
    const after = c.otherDaysMinutes + route.plannedMinutes;
    const overtimeMinutes = Math.max(0, after - Math.max(rules.overtimeAfterMinutes, c.otherDaysMinutes));
    offered.push({
      driverId: c.id,
      name: c.name,
      group: groupOf(c),
      checkedIn: c.checkedIn,
      vanTypes: c.vanTypes,
      weekMinutes: c.otherDaysMinutes,
      weekMinutesAfter: after,
      overtimeMinutes,
      overtimeCostCents: overtimeCostCents(overtimeMinutes, c.hourlyRateCents ?? rules.defaultHourlyCents),
    });
  }
  const replacements = offered.sort(
    (a, b) =>
      GROUP_RANK[a.group] - GROUP_RANK[b.group] ||
      Number(b.checkedIn) - Number(a.checkedIn) ||
      a.overtimeMinutes - b.overtimeMinutes ||
      a.overtimeCostCents - b.overtimeCostCents ||
      a.weekMinutesAfter - b.weekMinutesAfter ||
      a.name.localeCompare(b.name),
  );
  return {
    replacements,
    leftOut: [...leftOut].map(([reason, das]) => {
      const sorted = [...das].sort((a, b) => a.name.localeCompare(b.name));
      return { reason, names: sorted.map((d) => d.name), driverIds: sorted.map((d) => d.id) };
    }),
  };
}

export interface FreeVanCandidate {
  id: string;
  fleetNumber: string;
  vanType: string;
  dispatchable: boolean;
  preTrip: 'passed' | 'failed' | 'missing';
  onRoute: boolean;
}

/**
 * The van a DA put on the route takes: a free, active van of its type whose pre-trip has not failed
 * (an inspected one first), or null with the reason in words.
 */
export function freeVanFor(
  vanType: string,
  vans: readonly FreeVanCandidate[],
): { van: FreeVanCandidate | null; note: string | null } {
  const label = vanTypeLabel(vanType);
  const ofType = vans.filter((v) => v.vanType === vanType);
  const usable = ofType.filter((v) => v.dispatchable && v.preTrip !== 'failed');
  const free = usable.filter((v) => !v.onRoute).sort((a, b) => a.fleetNumber.localeCompare(b.fleetNumber));
  const van = free.find((v) => v.preTrip === 'passed') ?? free[0];
  if (van) return { van, note: null };
  if (ofType.length === 0) return { van: null, note: `The station has no ${label}.` };
  if (usable.length === 0)
    return { van: null, note: `No ${label} is ready: each is out of service or failed its pre-trip.` };
  const busy =
    usable.length === 1
      ? 'the only ready one is on another route'
      : `all ${usable.length} ready ones are on other routes`;
  return { van: null, note: `No ${label} is free: ${busy}.` };
}
