import { addDays } from '../dispatch/domain/calendar.js';
import { calledInNote } from '../dispatch/domain/messages.js';
import { DEFAULT_RULES } from '../dispatch/domain/rules.js';
import type { Van } from '../fleet/store.js';
import type { AttendanceKind } from '../people/domain/attendance.js';
import type { DaPlan, DayPlan, PlannedRoute, PlannedShift, StationPlan } from './schedule.js';
import { drivableTypes, withinRules } from './schedule-rules.js';
import { vanOutOn } from './schedule-vans.js';

/**
 * The morning roster of one station's day, drawn on the plan after attendance: each route keeps the DA
 * planned on it unless that DA called out, did not show or was sent home; then a standby takes it, or
 * a DA off that day is called in, or (rarely) nobody is left. Vans follow: the DA's usual van when it
 * is free and of the route's type, else another of that type. A van whose pre-trip fails critically is
 * grounded until it is fixed and the DA takes a spare.
 */

/** What attendance recorded on a shift. */
export interface Outcome {
  id: string;
  kind: AttendanceKind;
  lateMinutes: number | null;
}

/** The attendance kinds that keep the planned DA off their route, in words for the route's reasons. */
const KEPT_OFF: Partial<Record<AttendanceKind, string>> = {
  callout: 'called out',
  ncns: 'did not show',
  sent_home: 'was sent home',
};

const keptOff = (o: Outcome | undefined): string | null => (o ? (KEPT_OFF[o.kind] ?? null) : null);

export interface RosterRoute {
  route: PlannedRoute;
  driverId: string | null;
  vanId: string | null;
  /** Short reasons for the assignment, or why the route is uncovered. */
  why: string[];
  /** Changed on the morning itself, after the roster was published (a replacement or a van swap). */
  changed: boolean;
}

export interface Grounding {
  route: number;
  vanId: string;
  spareVanId: string;
  driverId: string;
  /** The date the van was back on the road; null while it is still grounded (this morning's). */
  fixedOn: string | null;
}

export interface RosterDay {
  date: string;
  routes: RosterRoute[];
  calledIn: PlannedShift[];
  groundings: Grounding[];
}

/** Vans out for repair after a failed pre-trip: van id → the date it is back. */
export type Repairs = Map<string, string>;

/** About one van-day in 80 fails a critical pre-trip check (tires, lights). */
const GROUNDING_RATE = 0.012;

export interface DayState {
  plan: StationPlan;
  date: string;
  das: Map<string, DaPlan>;
  vans: Map<string, Van>;
  repairs: Repairs;
  taken: Set<string>;
}

const nameOf = (da: DaPlan | undefined) => (da ? `${da.driver.firstName} ${da.driver.lastName}` : 'A DA');

const freeVan = (s: DayState, v: Van) =>
  !s.taken.has(v.id) &&
  !vanOutOn(v, s.plan.station.time_zone, s.date) &&
  !((s.repairs.get(v.id) ?? '') > s.date);

/** A standby qualified for the route, or a DA off that day within the rules; null when nobody is left. */
function cover(
  rand: () => number,
  s: DayState,
  standbys: PlannedShift[],
  route: PlannedRoute,
  index: number,
  calledIn: PlannedShift[],
): { driverId: string; via: 'standby' | 'called in' } | null {
  const qualified = (da: DaPlan | undefined, onDayOff = false) =>
    da !== undefined && (drivableTypes(da, s.date, onDayOff)?.includes(route.vanType) ?? false);
  const standby = standbys.findIndex((x) => qualified(s.das.get(x.driverId)));
  if (standby >= 0)
    return { driverId: (standbys.splice(standby, 1)[0] as PlannedShift).driverId, via: 'standby' };
  // DAs free that day first; then, for about half the calls, one who agrees to come on a usual day off.
  const off = s.plan.das
    .filter(
      (da) =>
        withinRules(da, s.date, DEFAULT_RULES.maxDaysPerWeek, route.plannedMinutes) && qualified(da, true),
    )
    .map((da) => ({ da, load: weekLoad(da, s.date) + rand() + (qualified(da) ? 0 : 10) }))
    .filter((x) => x.load < 10 || rand() < 0.5)
    .sort((a, b) => a.load - b.load)[0]?.da;
  if (!off) return null;
  const shift: PlannedShift = {
    driverId: off.driver.id,
    date: s.date,
    kind: 'route',
    startTime: route.waveTime,
    minutes: route.plannedMinutes,
    route: index,
    source: 'dispatch',
    note: calledInNote(off.driver.language, route.code),
  };
  off.shifts.set(s.date, shift);
  calledIn.push(shift);
  return { driverId: off.driver.id, via: 'called in' };
}

function weekLoad(da: DaPlan, date: string): number {
  let n = 0;
  for (let d = addDays(date, -6); d <= addDays(date, 6); d = addDays(d, 1)) if (da.shifts.has(d)) n++;
  return n;
}

/** DAs for the day's routes: the planned ones who came, then standbys and call-ins for the others. */
function assignDas(
  rand: () => number,
  s: DayState,
  day: DayPlan,
  outcomes: ReadonlyMap<PlannedShift, Outcome>,
) {
  const byRoute = new Map(day.shifts.filter((x) => x.route !== null).map((x) => [x.route, x]));
  const standbys = day.shifts.filter((x) => x.kind === 'standby' && !keptOff(outcomes.get(x)));
  const calledIn: PlannedShift[] = [];
  const routes = day.routes.map((route, i): RosterRoute => {
    const planned = byRoute.get(i);
    const missed = planned ? keptOff(outcomes.get(planned)) : 'no DA scheduled';
    if (planned && !missed)
      return { route, driverId: planned.driverId, vanId: null, why: ['on the schedule'], changed: false };
    const reason = planned ? `${nameOf(s.das.get(planned.driverId))} ${missed}` : (missed as string);
    const by = cover(rand, s, standbys, route, i, calledIn);
    if (!by)
      return {
        route,
        driverId: null,
        vanId: null,
        why: [`uncovered: ${reason}; no standby or DA off could take it`],
        changed: true,
      };
    const why = by.via === 'standby' ? `standby: ${reason}` : `called in: ${reason}, no standby left`;
    return { route, driverId: by.driverId, vanId: null, why: [why], changed: true };
  });
  return { routes, calledIn };
}

/** Usual vans first (so the DAs who share one do not lose it to a stranger), then any free van of the type. */
function assignVans(rand: () => number, s: DayState, routes: RosterRoute[]) {
  const usual = (r: RosterRoute) => s.vans.get(s.das.get(r.driverId ?? '')?.usualVanId ?? '');
  for (const r of routes) {
    const van = usual(r);
    if (!r.driverId || !van || van.vanType !== r.route.vanType || !freeVan(s, van)) continue;
    r.vanId = van.id;
    r.why.push('usual van');
    s.taken.add(van.id);
  }
  for (const r of routes) {
    if (!r.driverId || r.vanId) continue;
    const options = s.plan.vans.filter((v) => v.vanType === r.route.vanType && freeVan(s, v));
    const van = options[Math.floor(rand() * options.length)];
    if (van) s.taken.add(van.id);
    r.vanId = van?.id ?? null;
  }
}

/** Whether the station still has a van of the type for every route of that type while `van` is repaired. */
function roomWhileOut(s: DayState, van: Van, back: string): boolean {
  for (let d = addDays(s.date, 1); d < back; d = addDays(d, 1)) {
    const routes =
      s.plan.days.find((x) => x.date === d)?.routes.filter((r) => r.vanType === van.vanType).length ?? 0;
    const free = s.plan.vans.filter(
      (v) =>
        v.id !== van.id &&
        v.vanType === van.vanType &&
        !vanOutOn(v, s.plan.station.time_zone, d) &&
        !((s.repairs.get(v.id) ?? '') > d),
    ).length;
    if (free < routes) return false;
  }
  return true;
}

/** Takes a van off a route after a failed pre-trip, and gives the DA a spare of the same type. */
export function groundVan(
  s: DayState,
  routes: RosterRoute[],
  index: number,
  back: string | null,
): Grounding | null {
  const r = routes[index];
  const van = s.vans.get(r?.vanId ?? '');
  if (!r?.driverId || !van) return null;
  const spare = s.plan.vans.find((v) => v.vanType === van.vanType && freeVan(s, v));
  if (!spare) return null;
  if (back !== null && (vanOutOn(van, s.plan.station.time_zone, back) || !roomWhileOut(s, van, back)))
    return null;
  s.taken.add(spare.id);
  if (back !== null) s.repairs.set(van.id, back);
  r.vanId = spare.id;
  r.why.push(`van ${van.fleetNumber} failed its pre-trip; ${spare.fleetNumber} instead`);
  r.changed = true;
  return { route: index, vanId: van.id, spareVanId: spare.id, driverId: r.driverId, fixedOn: back };
}

/** Past days: the vans that failed a critical check, each fixed within three days (if a spare was free). */
function groundSome(rand: () => number, s: DayState, routes: RosterRoute[]): Grounding[] {
  const out: Grounding[] = [];
  routes.forEach((r, i) => {
    if (!r.vanId || rand() >= GROUNDING_RATE) return;
    const back = addDays(s.date, 1 + Math.floor(rand() * 3));
    if (back > s.plan.today) return;
    const g = groundVan(s, routes, i, back);
    if (g) out.push(g);
  });
  return out;
}

export function dayState(plan: StationPlan, date: string, repairs: Repairs): DayState {
  return {
    plan,
    date,
    das: new Map(plan.das.map((d) => [d.driver.id, d])),
    vans: new Map(plan.vans.map((v) => [v.id, v])),
    repairs,
    taken: new Set(),
  };
}

/** One day's roster; `groundings` is false for today, whose failures are planted, not drawn. */
export function rosterDay(
  rand: () => number,
  s: DayState,
  day: DayPlan,
  outcomes: ReadonlyMap<PlannedShift, Outcome>,
  groundings: boolean,
): RosterDay {
  const { routes, calledIn } = assignDas(rand, s, day, outcomes);
  assignVans(rand, s, routes);
  return { date: day.date, routes, calledIn, groundings: groundings ? groundSome(rand, s, routes) : [] };
}
