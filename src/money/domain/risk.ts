import type { Interval, PayCode, RuleSet, TimeSlice, Workday } from '../../payroll/domain/types.js';
import { computeWorkweek } from '../../payroll/domain/workweek.js';

/**
 * The risk ledger: what a station's week cost the DSP because of plans made upstream, priced from our
 * own records. A route that ran past its planned duration costs the DA's minutes beyond the plan; a
 * rescue costs the rescuer's minutes; both at the DA's rate with the overtime those minutes fell in
 * (the overrun is the end of the DA's day, so it is the time most likely paid at 1.5× or 2×). Waiting
 * for a late truck is the part of a delayed route's time the board's delay explains, priced the same
 * way; a route Amazon cancelled after we staffed it costs the DA's paid shift; a meal or rest premium
 * owed on a day whose route ran past its plan costs its hours. Beside each, what Amazon paid for it.
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
  /** For a route: minutes the board's unplanned delays kept it waiting for its truck. */
  delayMinutes?: number;
}

/** A staffed route Amazon cancelled late: the DA is paid their shift though no hour of it is worked. */
export interface LateCancelCost {
  stationId: string;
  date: string;
  code: string;
  rateCents: number | null;
  /** The DA's scheduled shift that day (else the route's plan): the time the DSP pays them for. */
  paidMinutes: number;
}

/**
 * A meal or rest premium payroll owes a DA (hours at their regular rate) for a workday; counted only when
 * that day's route ran past its plan (the long day is what pushed the break out).
 */
export interface PremiumOwed {
  stationId: string;
  date: string;
  driverId: string;
  rateCents: number | null;
  hours: number;
}

/** What Amazon paid for a station's week, from its latest Variable invoice and WST Unplanned Delay file. */
export interface Reimbursed {
  stationId: string;
  /** The invoice's unplanned-delay lines; null when the week has no invoice yet. */
  waitingCents: number | null;
  /** Minutes of delay WST's Unplanned Delay file recognised; null when none was imported. */
  amazonDelayMinutes: number | null;
  /** The invoice's AMZL late cancel lines; null when the week has no invoice yet. */
  lateCancelCents: number | null;
  lateCancelsPaid: number | null;
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
  lateCancels?: readonly LateCancelCost[];
  premiums?: readonly PremiumOwed[];
  reimbursed?: readonly Reimbursed[];
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
  /** Waiting for late trucks: DA-minutes, and what Amazon paid (null: not invoiced yet). */
  waiting: {
    routes: number;
    minutes: number;
    cents: number;
    reimbursedCents: number | null;
    amazonMinutes: number | null;
  };
  lateCancel: {
    count: number;
    minutes: number;
    cents: number;
    reimbursedCents: number | null;
    paid: number | null;
  };
  /** Meal and rest premiums owed on days whose route ran past its plan. */
  premium: { count: number; hours: number; cents: number };
  /** Minutes of DAs without an hourly rate: counted above, priced at nothing. */
  unpricedMinutes: number;
  totalCents: number;
  /** What Amazon paid for any of it (only waiting and late cancels are ever paid). */
  reimbursedCents: number;
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

type CostLine = 'overrun' | 'rescue' | 'waiting';

/**
 * The minutes a stretch cost beyond what Amazon planned: a rescue's whole time; for a route, the
 * minutes its delay kept the DA waiting (they lengthen the day, so they are its last minutes), and the
 * overrun beyond them (the delay explains that much of it: a minute is counted once).
 */
export function costlySpans(s: WorkStretch): { line: CostLine; span: Interval }[] {
  if (s.kind === 'rescue') return [{ line: 'rescue', span: { start: s.start, end: s.end } }];
  const over = s.end - s.start - (s.plannedMinutes ?? s.end - s.start);
  const wait = Math.min(s.delayMinutes ?? 0, s.end - s.start);
  const spans: { line: CostLine; span: Interval }[] = [];
  if (wait > 0) spans.push({ line: 'waiting', span: { start: s.end - wait, end: s.end } });
  if (over > wait) spans.push({ line: 'overrun', span: { start: s.end - over, end: s.end - wait } });
  return spans;
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
    waiting: { routes: 0, minutes: 0, cents: 0, reimbursedCents: null, amazonMinutes: null },
    lateCancel: { count: 0, minutes: 0, cents: 0, reimbursedCents: null, paid: null },
    premium: { count: 0, hours: 0, cents: 0 },
    unpricedMinutes: 0,
    totalCents: 0,
    reimbursedCents: 0,
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
      const spans = costlySpans(s);
      if (spans.some((c) => c.line === 'waiting')) week.waiting.routes++;
      for (const { line, span } of spans) {
        const minutes = span.end - span.start;
        const cents = s.rateCents === null ? 0 : priceSpan(slices, s.date, span, s.rateCents);
        if (s.rateCents === null) week.unpricedMinutes += minutes;
        week[line].minutes += minutes;
        week[line].cents += cents;
        if (line === 'overrun') {
          week.overrun.routes++;
          route.overruns++;
          route.overrunMinutes += minutes;
        } else if (line === 'rescue') week.rescue.count++;
        if (line !== 'waiting') route.cents += cents;
      }
    }
  }
  for (const d of input.damages) {
    const week = weekOf(d.stationId);
    week.damage.count++;
    week.damage.cents += d.cents;
  }
  for (const c of input.lateCancels ?? []) {
    const week = weekOf(c.stationId);
    week.lateCancel.count++;
    week.lateCancel.minutes += c.paidMinutes;
    // Paid, not worked: no overtime is owed on it, so it is priced at the regular rate.
    if (c.rateCents === null) week.unpricedMinutes += c.paidMinutes;
    else week.lateCancel.cents += (c.paidMinutes / 60) * c.rateCents;
  }
  const longDays = new Set(
    input.work
      .filter((w) => w.kind === 'route' && w.end - w.start > (w.plannedMinutes ?? w.end - w.start))
      .map((w) => `${w.driverId} ${w.date}`),
  );
  for (const p of input.premiums ?? []) {
    if (!longDays.has(`${p.driverId} ${p.date}`)) continue;
    const week = weekOf(p.stationId);
    week.premium.count++;
    week.premium.hours += p.hours;
    if (p.rateCents === null) week.unpricedMinutes += p.hours * 60;
    else week.premium.cents += p.hours * p.rateCents;
  }
  for (const r of input.reimbursed ?? []) {
    const week = weekOf(r.stationId);
    week.waiting.reimbursedCents = r.waitingCents;
    week.waiting.amazonMinutes = r.amazonDelayMinutes;
    week.lateCancel.reimbursedCents = r.lateCancelCents;
    week.lateCancel.paid = r.lateCancelsPaid;
  }
  return [...stations.values()].map((w) => finished(w, routes.get(w.stationId)));
}

/** Whole cents at the end (each line summed exactly first), and the routes costliest first. */
function finished(w: StationRiskWeek, routes: Map<string, RouteRisk> | undefined): StationRiskWeek {
  const overrun = { ...w.overrun, cents: Math.round(w.overrun.cents) };
  const rescue = { ...w.rescue, cents: Math.round(w.rescue.cents) };
  const waiting = { ...w.waiting, cents: Math.round(w.waiting.cents) };
  const lateCancel = { ...w.lateCancel, cents: Math.round(w.lateCancel.cents) };
  const premium = { ...w.premium, cents: Math.round(w.premium.cents) };
  const byRoute = [...(routes?.values() ?? [])]
    .filter((r) => r.cents > 0 || r.overrunMinutes > 0)
    .map((r) => ({ ...r, cents: Math.round(r.cents) }))
    .sort((a, b) => b.cents - a.cents || b.overrunMinutes - a.overrunMinutes || a.code.localeCompare(b.code));
  const totalCents =
    overrun.cents + rescue.cents + w.damage.cents + waiting.cents + lateCancel.cents + premium.cents;
  const reimbursedCents = (waiting.reimbursedCents ?? 0) + (lateCancel.reimbursedCents ?? 0);
  return { ...w, overrun, rescue, waiting, lateCancel, premium, byRoute, totalCents, reimbursedCents };
}
