import type { Interval, PayCode, RuleSet, TimeSlice, Workday } from '../../payroll/domain/types.js';
import { computeWorkweek } from '../../payroll/domain/workweek.js';

/**
 * The risk ledger: what a station's week cost the DSP because of plans made upstream, priced from our
 * own records. A route that ran past its planned duration costs the DA's minutes beyond the plan; a
 * rescue costs the rescuer's minutes; both at the DA's rate with the overtime those minutes fell in
 * (the overrun is the end of the DA's day, so it is the time most likely paid at 1.5× or 2×).
 */

/** Time a DA worked on a route or a rescue, in minutes from the business date's local midnight. */
export interface WorkStretch {
  kind: 'route' | 'rescue';
  stationId: string;
  date: string;
  driverId: string;
  /** The DA's hourly rate; null when their profile has none (their minutes are counted, not priced). */
  rateCents: number | null;
  /** The route's code (for a rescue, the route rescued). */
  code: string;
  start: number;
  end: number;
  /** For a route: its planned duration. */
  plannedMinutes?: number;
}

export interface DamageCost {
  stationId: string;
  date: string;
  cents: number;
}

export interface RiskInput {
  weekStart: string;
  /** The rules in force at a station (its state's), for the overtime the minutes fell in. */
  rulesFor: (stationId: string) => RuleSet;
  work: readonly WorkStretch[];
  damages: readonly DamageCost[];
}

export interface RouteRisk {
  code: string;
  runs: number;
  overruns: number;
  overrunMinutes: number;
  cents: number;
}

export interface StationRiskWeek {
  stationId: string;
  weekStart: string;
  overrun: { routes: number; minutes: number; cents: number };
  rescue: { count: number; minutes: number; cents: number };
  damage: { count: number; cents: number };
  /** Minutes of DAs without an hourly rate: counted above, priced at nothing. */
  unpricedMinutes: number;
  totalCents: number;
  /** Per route code, the costliest first: which routes are planned short. */
  byRoute: RouteRisk[];
}

const MULTIPLIER: Record<PayCode, number> = { REG: 1, OT: 1.5, DT: 2 };

/** Overlapping stretches of one DA's day (a rescue inside their own route's time) are one stretch. */
function merged(intervals: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const i of [...intervals].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

/** A DA's week as the payroll calculator reads it: one workday per date. */
function workdaysOf(stretches: readonly WorkStretch[]): Workday[] {
  const byDate = new Map<string, Interval[]>();
  for (const s of stretches)
    byDate.set(s.date, [...(byDate.get(s.date) ?? []), { start: s.start, end: s.end }]);
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, work]) => ({ date, work: merged(work) }));
}

/** Cents of `[start, end)` on `date` at `rateCents`, each minute at the multiplier of the slice it fell in. */
function priceSpan(slices: readonly TimeSlice[], date: string, span: Interval, rateCents: number): number {
  let cents = 0;
  for (const s of slices) {
    if (s.date !== date) continue;
    const minutes = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    if (minutes > 0) cents += (minutes / 60) * rateCents * MULTIPLIER[s.payCode];
  }
  return cents;
}

/** The minutes a stretch cost beyond what Amazon planned: a route's overrun, a rescue's whole time. */
function costlySpan(s: WorkStretch): Interval | null {
  if (s.kind === 'rescue') return { start: s.start, end: s.end };
  const over = s.end - s.start - (s.plannedMinutes ?? s.end - s.start);
  return over > 0 ? { start: s.end - over, end: s.end } : null;
}

/** The map's value for `key`, made and kept first when there is none. */
function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

export function emptyWeek(stationId: string, weekStart: string): StationRiskWeek {
  return {
    stationId,
    weekStart,
    overrun: { routes: 0, minutes: 0, cents: 0 },
    rescue: { count: 0, minutes: 0, cents: 0 },
    damage: { count: 0, cents: 0 },
    unpricedMinutes: 0,
    totalCents: 0,
    byRoute: [],
  };
}

/** One week's risk ledger, per station. */
export function priceRiskWeek(input: RiskInput): StationRiskWeek[] {
  const stations = new Map<string, StationRiskWeek>();
  const routes = new Map<string, Map<string, RouteRisk>>();
  const weekOf = (stationId: string) =>
    entry(stations, stationId, () => emptyWeek(stationId, input.weekStart));
  const routeOf = (stationId: string, code: string) =>
    entry(
      entry(routes, stationId, () => new Map<string, RouteRisk>()),
      code,
      () => ({
        code,
        runs: 0,
        overruns: 0,
        overrunMinutes: 0,
        cents: 0,
      }),
    );

  const byDriver = new Map<string, WorkStretch[]>();
  for (const s of input.work) byDriver.set(s.driverId, [...(byDriver.get(s.driverId) ?? []), s]);
  for (const stretches of byDriver.values()) {
    const first = stretches[0] as WorkStretch;
    const { slices } = computeWorkweek({
      weekStart: input.weekStart,
      days: workdaysOf(stretches),
      rules: input.rulesFor(first.stationId),
    });
    for (const s of stretches) {
      const week = weekOf(s.stationId);
      const route = routeOf(s.stationId, s.code);
      if (s.kind === 'route') route.runs++;
      const span = costlySpan(s);
      if (!span) continue;
      const minutes = span.end - span.start;
      const cents = s.rateCents === null ? 0 : priceSpan(slices, s.date, span, s.rateCents);
      if (s.rateCents === null) week.unpricedMinutes += minutes;
      const line = s.kind === 'route' ? week.overrun : week.rescue;
      line.minutes += minutes;
      line.cents += cents;
      if (s.kind === 'route') {
        week.overrun.routes++;
        route.overruns++;
        route.overrunMinutes += minutes;
      } else week.rescue.count++;
      route.cents += cents;
    }
  }
  for (const d of input.damages) {
    const week = weekOf(d.stationId);
    week.damage.count++;
    week.damage.cents += d.cents;
  }
  return [...stations.values()].map((w) => finished(w, routes.get(w.stationId)));
}

/** Whole cents at the end (each line summed exactly first), and the routes costliest first. */
function finished(w: StationRiskWeek, routes: Map<string, RouteRisk> | undefined): StationRiskWeek {
  const overrun = { ...w.overrun, cents: Math.round(w.overrun.cents) };
  const rescue = { ...w.rescue, cents: Math.round(w.rescue.cents) };
  const byRoute = [...(routes?.values() ?? [])]
    .filter((r) => r.cents > 0 || r.overrunMinutes > 0)
    .map((r) => ({ ...r, cents: Math.round(r.cents) }))
    .sort((a, b) => b.cents - a.cents || b.overrunMinutes - a.overrunMinutes || a.code.localeCompare(b.code));
  return { ...w, overrun, rescue, byRoute, totalCents: overrun.cents + rescue.cents + w.damage.cents };
}
