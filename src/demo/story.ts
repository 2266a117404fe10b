import { minutesOfDay } from '../dispatch/domain/calendar.js';
import { newId } from '../shared/ids.js';
import { atLocal, localMinutes } from './clock.js';
import { closeDay, type DemoRescue, type RouteRun } from './day-close.js';
import {
  dayState,
  type Grounding,
  groundVan,
  type Outcome,
  type Repairs,
  type RosterDay,
  rosterDay,
} from './roster.js';
import type { DayPlan, PlannedShift, StationPlan } from './schedule.js';

/**
 * What happened at one station, day by day up to today, on top of its plan and attendance: the
 * roster, who checked in when, each van's pre-trip, the day's close and rescues. Today the first
 * station's roster is out (a van failed its pre-trip this morning and was swapped), the second
 * station's is not built yet and a DA called out this morning; the others have their routes only.
 */

/** The first station shows a published morning, the second a morning still to dispatch. */
export type StationRole = 'published' | 'to_dispatch' | 'routes_only';

export interface StoryDay {
  date: string;
  plan: DayPlan;
  /** Null while nobody has built the day's roster (today at most stations). */
  roster: RosterDay | null;
  /** Same order as the routes; null for a route that did not run (or not yet). */
  runs: (RouteRun | null)[];
  rescues: DemoRescue[];
  /** Local minutes after midnight each DA who came checked in. */
  checkIns: Map<string, number>;
  /** Local minutes of the pre-trip of the van each route left with (route index → minutes). */
  preTrips: Map<number, number>;
}

export interface StationStory {
  plan: StationPlan;
  days: StoryDay[];
  /** Attendance on the plan's shifts, with this morning's callout added. */
  outcomes: Map<PlannedShift, Outcome>;
  calloutToday: PlannedShift | null;
}

/** One van's day for the inspections demo: the pre-trip, and the post-trip once back. */
export interface VanDay {
  stationId: string;
  date: string;
  vanId: string;
  driverId: string;
  preTripAt: Date;
  postTripAt: Date | null;
  /** The pre-trip failed a critical check and grounded the van (no post-trip; the DA took a spare). */
  critical: boolean;
  /** This morning's failure, which the demo plants on the first station. */
  planted: boolean;
  /** When a van grounded in the past was back on the road. */
  fixedOn: string | null;
}

const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** When each DA who came checked in: before their start, later when late, soon after the call when called in. */
function checkIns(rand: () => number, shifts: PlannedShift[], outcomes: ReadonlyMap<PlannedShift, Outcome>) {
  const out = new Map<string, number>();
  for (const s of shifts) {
    const o = outcomes.get(s);
    if (o?.kind === 'callout' || o?.kind === 'ncns') continue;
    const start = minutesOfDay(s.startTime);
    const late = o?.kind === 'late' ? (o.lateMinutes ?? 0) : 0;
    const early = s.source === 'dispatch' ? between(rand, 10, 25) : between(rand, 15, 50);
    out.set(s.driverId, late > 0 ? start + late - between(rand, 0, 3) : start - early);
  }
  return out;
}

/** Pre-trips a few minutes after check-in; a swapped van's a quarter of an hour after the failed one. */
function preTrips(rand: () => number, roster: RosterDay, ins: ReadonlyMap<string, number>) {
  const out = new Map<number, number>();
  roster.routes.forEach((r, i) => {
    const came = ins.get(r.driverId ?? '');
    if (!r.vanId || came === undefined) return;
    const wave = minutesOfDay(r.route.waveTime);
    const swapped = roster.groundings.some((g) => g.route === i);
    out.set(i, Math.max(came, wave - 50) + between(rand, 4, 14) + (swapped ? between(rand, 12, 20) : 0));
  });
  return out;
}

function pastDay(
  rand: () => number,
  plan: StationPlan,
  day: DayPlan,
  repairs: Repairs,
  outcomes: Map<PlannedShift, Outcome>,
): StoryDay {
  const state = dayState(plan, day.date, repairs);
  const roster = rosterDay(rand, state, day, outcomes, true);
  const ins = checkIns(rand, [...day.shifts, ...roster.calledIn], outcomes);
  const pre = preTrips(rand, roster, ins);
  const onRoute = new Set(roster.routes.map((r) => r.driverId));
  const outcomeOf = (id: string) => {
    const shift = state.das.get(id)?.shifts.get(day.date);
    return shift ? outcomes.get(shift) : undefined;
  };
  // Standbys left at the station (not sent home) are the first to rescue a late route.
  const idle = day.shifts.filter(
    (s) =>
      s.kind === 'standby' &&
      !onRoute.has(s.driverId) &&
      ins.has(s.driverId) &&
      outcomes.get(s)?.kind !== 'sent_home',
  );
  const { runs, rescues } = closeDay(rand, roster, outcomeOf, idle, (i) => (pre.get(i) ?? 0) + 8);
  return { date: day.date, plan: day, roster, runs, rescues, checkIns: ins, preTrips: pre };
}

/**
 * This morning at the first station: the roster went out last night; the DAs whose time has come are
 * in (a couple at least); one van failed its pre-trip and was swapped for a spare — planted whatever
 * the time, so every demo opens with a grounded van.
 */
function publishedToday(
  rand: () => number,
  plan: StationPlan,
  day: DayPlan,
  repairs: Repairs,
  now: Date,
): StoryDay {
  const state = dayState(plan, day.date, repairs);
  const roster = rosterDay(rand, state, day, new Map(), false);
  const planned = checkIns(rand, day.shifts, new Map());
  const nowMinutes = localMinutes(plan.station.time_zone, day.date, now);
  const logins = new Set(plan.das.filter((d) => d.driver.userId).map((d) => d.driver.id));
  let grounding: Grounding | null = null;
  for (const [i, r] of roster.routes.entries()) {
    if (grounding || r.driverId === null || logins.has(r.driverId)) continue;
    grounding = groundVan(state, roster.routes, i, null);
  }
  if (grounding) roster.groundings.push(grounding);
  const ins = new Map([...planned].filter(([, m]) => m <= nowMinutes));
  // A couple of DAs are always in, and the one whose van failed has done their pre-trip by now.
  const first = roster.routes.flatMap((r) => (r.driverId ? [r.driverId] : [])).slice(0, 2);
  for (const [k, id] of [...first, grounding?.driverId].entries()) {
    if (id && !ins.has(id)) ins.set(id, Math.min(planned.get(id) ?? nowMinutes, nowMinutes - 30 - 5 * k));
  }
  const pre = new Map([...preTrips(rand, roster, ins)].filter(([, m]) => m <= nowMinutes));
  if (grounding && !pre.has(grounding.route)) {
    pre.set(grounding.route, Math.min(nowMinutes - 1, (ins.get(grounding.driverId) ?? 0) + 25));
  }
  return {
    date: day.date,
    plan: day,
    roster,
    runs: roster.routes.map(() => null),
    rescues: [],
    checkIns: ins,
    preTrips: pre,
  };
}

/** This morning at the second station: one DA with a route shift called out before anyone built the roster. */
function calloutThisMorning(
  rand: () => number,
  plan: StationPlan,
  day: DayPlan,
  outcomes: Map<PlannedShift, Outcome>,
) {
  const logins = new Set(plan.das.filter((d) => d.driver.userId).map((d) => d.driver.id));
  const routeShifts = day.shifts.filter((s) => s.kind === 'route' && !logins.has(s.driverId));
  const shift = routeShifts[Math.floor(rand() * routeShifts.length)];
  if (shift) outcomes.set(shift, { id: newId(), kind: 'callout', lateMinutes: null });
  return shift ?? null;
}

const unbuilt = (day: DayPlan): StoryDay => ({
  date: day.date,
  plan: day,
  roster: null,
  runs: [],
  rescues: [],
  checkIns: new Map(),
  preTrips: new Map(),
});

/** A station's days from the first of the plan to today. */
export function tellStation(
  rand: () => number,
  plan: StationPlan,
  attendance: ReadonlyMap<PlannedShift, Outcome>,
  role: StationRole,
  now: Date,
): StationStory {
  const outcomes = new Map(attendance);
  const repairs: Repairs = new Map();
  const days: StoryDay[] = [];
  let calloutToday: PlannedShift | null = null;
  for (const day of plan.days) {
    if (day.date < plan.today) days.push(pastDay(rand, plan, day, repairs, outcomes));
    else if (day.date === plan.today) {
      if (role === 'published') days.push(publishedToday(rand, plan, day, repairs, now));
      else {
        if (role === 'to_dispatch') calloutToday = calloutThisMorning(rand, plan, day, outcomes);
        days.push(unbuilt(day));
      }
    }
  }
  return { plan, days, outcomes, calloutToday };
}

/** Every van's day for the inspections demo, with its instants at the station. */
export function vanDays(rand: () => number, story: StationStory): VanDay[] {
  const { station } = story.plan;
  const at = (date: string, minutes: number) => atLocal(station.time_zone, date, minutes);
  const out: VanDay[] = [];
  for (const day of story.days) {
    day.roster?.routes.forEach((r, i) => {
      const pre = day.preTrips.get(i);
      if (!r.vanId || !r.driverId || pre === undefined) return;
      const g: Grounding | undefined = day.roster?.groundings.find((x) => x.route === i);
      const base = { stationId: station.id, date: day.date, driverId: r.driverId };
      if (g) {
        const failedAt = at(day.date, pre - between(rand, 12, 20));
        out.push({
          ...base,
          vanId: g.vanId,
          preTripAt: failedAt,
          postTripAt: null,
          critical: true,
          planted: g.fixedOn === null,
          fixedOn: g.fixedOn,
        });
      }
      const run = day.runs[i];
      out.push({
        ...base,
        vanId: r.vanId,
        preTripAt: at(day.date, pre),
        postTripAt: run ? at(day.date, run.end + between(rand, 5, 20)) : null,
        critical: false,
        planted: false,
        fixedOn: null,
      });
    });
  }
  return out;
}
