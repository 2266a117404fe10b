import { hoursText } from './calendar.js';
import { capBreaches, type DayCaps, type RecentWork } from './day-caps.js';

/**
 * What is wrong with putting a DA and a van on a route: the board shows these live while a card is
 * dragged, and the server checks the same list before saving. Pure, so the web app runs it too.
 */

export type PreTrip = 'passed' | 'failed' | 'missing';

export interface ConflictDriver extends RecentWork {
  id: string;
  name: string;
  /** Today's shift kind (route, standby, …), or null when the DA is not on today's schedule. */
  shiftKind: string | null;
  calledOut: boolean;
  /** Approved time off today (never put on a route), or another reason they said they cannot work. */
  timeOff: boolean;
  unavailableReason: string | null;
  cleared: boolean;
  clearanceReasons: string[];
  /** Van types the DA may drive today (a step van needs a valid DOT card). */
  vanTypes: string[];
  /** Minutes scheduled on the other days of this week. */
  otherDaysMinutes: number;
}

export interface ConflictVan {
  id: string;
  fleetNumber: string;
  vanType: string;
  /** False for grounded, in-shop and returned vans. */
  dispatchable: boolean;
  outOfServiceReason: string | null;
  preTrip: PreTrip;
}

export interface ConflictRoute {
  id: string;
  code: string;
  /** Local `HH:MM`: when the route's day starts, for the rest owed since yesterday. */
  waveTime: string;
  vanType: string;
  plannedMinutes: number;
  driverId: string | null;
  vanId: string | null;
}

export interface Conflict {
  /** block: refused (safety or law); warn: allowed, shown in amber. */
  level: 'block' | 'warn';
  code:
    | 'not_cleared'
    | 'not_qualified'
    | 'called_out'
    | 'not_scheduled'
    | 'time_off'
    | 'not_available'
    | 'van_out_of_service'
    | 'wrong_van_type'
    | 'pre_trip_failed'
    | 'not_inspected'
    | 'overtime'
    | 'over_week_cap'
    | 'hard_cap'
    | 'driver_on_other_route'
    | 'van_on_other_route';
  message: string;
}

export interface ConflictContext {
  /** Every route of the day, to see a DA or van already given another route. */
  routes: readonly ConflictRoute[];
  /** The org's weekly line (40 h by default): hours past it are overtime. */
  overtimeAfterMinutes: number;
  weekCapMinutes: number;
  caps: DayCaps;
}

const TYPE_LABELS: Record<string, string> = {
  edv: 'EDV',
  cdv: 'CDV',
  step_van: 'step van',
  rental: 'rental',
};
export const vanTypeLabel = (t: string): string => TYPE_LABELS[t] ?? t;

function driverConflicts(route: ConflictRoute, d: ConflictDriver, ctx: ConflictContext): Conflict[] {
  const out: Conflict[] = [];
  if (!d.cleared) {
    out.push({
      level: 'block',
      code: 'not_cleared',
      message: `${d.name} is not cleared to drive: ${d.clearanceReasons.join(' ') || 'see their profile.'}`,
    });
  } else if (!d.vanTypes.includes(route.vanType)) {
    out.push({
      level: 'block',
      code: 'not_qualified',
      message: `${d.name} is not qualified for a ${vanTypeLabel(route.vanType)} today.`,
    });
  }
  if (d.timeOff) {
    out.push({ level: 'block', code: 'time_off', message: `${d.name} is on approved time off today.` });
  } else if (d.unavailableReason && d.shiftKind === null) {
    out.push({ level: 'warn', code: 'not_available', message: `${d.name}: ${d.unavailableReason}.` });
  }
  if (d.calledOut) out.push({ level: 'warn', code: 'called_out', message: `${d.name} called out today.` });
  else if (d.shiftKind === null) {
    out.push({ level: 'warn', code: 'not_scheduled', message: `${d.name} is not on today’s schedule.` });
  }
  for (const message of capBreaches(route, d, ctx.caps))
    out.push({ level: 'block', code: 'hard_cap', message: `${d.name} ${message}.` });
  const week = d.otherDaysMinutes + route.plannedMinutes;
  if (week > ctx.weekCapMinutes) {
    out.push({
      level: 'warn',
      code: 'over_week_cap',
      message: `${d.name} would reach ${hoursText(week)} this week, past the ${hoursText(ctx.weekCapMinutes)} ceiling.`,
    });
  } else if (week > ctx.overtimeAfterMinutes) {
    const overtime = week - Math.max(ctx.overtimeAfterMinutes, d.otherDaysMinutes);
    out.push({
      level: 'warn',
      code: 'overtime',
      message: `${d.name} would reach ${hoursText(week)} this week: ${hoursText(overtime)} of overtime.`,
    });
  }
  const other = ctx.routes.find((r) => r.id !== route.id && r.driverId === d.id);
  if (other) {
    out.push({ level: 'warn', code: 'driver_on_other_route', message: `${d.name} moves off ${other.code}.` });
  }
  return out;
}

function vanConflicts(route: ConflictRoute, v: ConflictVan, ctx: ConflictContext): Conflict[] {
  const out: Conflict[] = [];
  if (!v.dispatchable) {
    out.push({
      level: 'block',
      code: 'van_out_of_service',
      message: `Van ${v.fleetNumber} is out of service${v.outOfServiceReason ? `: ${v.outOfServiceReason}` : '.'}`,
    });
  }
  if (v.vanType !== route.vanType) {
    out.push({
      level: 'warn',
      code: 'wrong_van_type',
      message: `Van ${v.fleetNumber} is a ${vanTypeLabel(v.vanType)}; ${route.code} needs a ${vanTypeLabel(route.vanType)}.`,
    });
  }
  if (v.preTrip === 'failed') {
    out.push({
      level: 'warn',
      code: 'pre_trip_failed',
      message: `Van ${v.fleetNumber} failed its pre-trip today.`,
    });
  } else if (v.preTrip === 'missing') {
    out.push({
      level: 'warn',
      code: 'not_inspected',
      message: `Van ${v.fleetNumber} has no pre-trip yet today.`,
    });
  }
  const other = ctx.routes.find((r) => r.id !== route.id && r.vanId === v.id);
  if (other) {
    out.push({
      level: 'warn',
      code: 'van_on_other_route',
      message: `Van ${v.fleetNumber} moves off ${other.code}.`,
    });
  }
  return out;
}

/** Every conflict of giving `driver` and `van` (either may be null: left open) to `route`. */
export function assignmentConflicts(
  route: ConflictRoute,
  driver: ConflictDriver | null,
  van: ConflictVan | null,
  ctx: ConflictContext,
): Conflict[] {
  return [
    ...(driver ? driverConflicts(route, driver, ctx) : []),
    ...(van ? vanConflicts(route, van, ctx) : []),
  ];
}
