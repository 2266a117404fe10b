import type {
  AvailabilityExceptionsTable,
  DispatchDaysTable,
  DriverAvailabilityTable,
  RescuesTable,
  TimeOffRequestsTable,
  WeekPlansTable,
} from '../db/schema.js';
import type { RouteValues } from '../dispatch/day-store.js';
import { addDays, minutesOfDay, weekStartOf } from '../dispatch/domain/calendar.js';
import type { ShiftValues } from '../dispatch/schedule-store.js';
import { newId } from '../shared/ids.js';
import { isoAtLocal } from './clock.js';
import type { DaPlan, StationPlan } from './schedule.js';
import type { StationStory, StoryDay } from './story.js';

/**
 * The rows of a station's story, as the dispatch slice stores them: availability, time off, week plans
 * and their publishing, shifts with attendance and check-ins, routes with their roster and close, and
 * the day rows with the roster's publishing. Instants are UTC; times at the station are local.
 */

const HOUR = 3_600_000;
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
const daName = (da: DaPlan) => `${da.driver.firstName} ${da.driver.lastName}`;

/** When things were published: each week on the Thursday before, each roster the evening before. */
export interface Publishing {
  /** Week start → instant, for this week and the weeks before; next week is still a draft. */
  weeks: Map<string, string>;
  rosters: Map<string, string>;
  /** The morning's changes (replacements, swaps), before the first wave. */
  mornings: Map<string, string>;
}

export function publishing(rand: () => number, story: StationStory, now: Date): Publishing {
  const { plan } = story;
  const zone = plan.station.time_zone;
  const weeks = new Map<string, string>();
  for (let w = weekStartOf(plan.first); w <= weekStartOf(plan.today); w = addDays(w, 7)) {
    weeks.set(w, isoAtLocal(zone, addDays(w, -3), 15 * 60 + between(rand, 0, 90)));
  }
  const rosters = new Map<string, string>();
  const mornings = new Map<string, string>();
  const firstWave = minutesOfDay(plan.waves[0] as string);
  for (const day of story.days) {
    if (!day.roster) continue;
    rosters.set(day.date, isoAtLocal(zone, addDays(day.date, -1), 19 * 60 + between(rand, 0, 100)));
    const morning = isoAtLocal(zone, day.date, firstWave - between(rand, 60, 100));
    // This morning's changes (a van swapped after its pre-trip) have just been made.
    mornings.set(
      day.date,
      day.date === plan.today ? new Date(now.getTime() - 60_000).toISOString() : morning,
    );
  }
  return { weeks, rosters, mornings };
}

// ---- the week --------------------------------------------------------------------------------------

export function availabilityRows(orgId: string, plan: StationPlan, manager: string) {
  const since = `${plan.first}T16:00:00.000Z`;
  const patterns: DriverAvailabilityTable[] = [];
  const exceptions: AvailabilityExceptionsTable[] = [];
  const timeOff: TimeOffRequestsTable[] = [];
  for (const da of plan.das) {
    patterns.push({
      org_id: orgId,
      driver_id: da.driver.id,
      weekdays: JSON.stringify(da.pattern.weekdays),
      preferred_weekdays: JSON.stringify(da.pattern.preferredWeekdays),
      wants_days: da.pattern.wantsDays,
      note: da.patternNote,
      updated_by: daName(da),
      updated_at: since,
    });
    for (const e of da.exceptions) {
      exceptions.push({
        org_id: orgId,
        id: newId(),
        driver_id: da.driver.id,
        business_date: e.date,
        available: e.available ? 1 : 0,
        note: e.note,
        created_by: daName(da),
        created_at: `${addDays(e.date, -5)}T18:00:00.000Z`,
      });
    }
    for (const t of da.timeOff) {
      timeOff.push({
        org_id: orgId,
        id: newId(),
        driver_id: da.driver.id,
        first_date: t.firstDate,
        last_date: t.lastDate,
        reason: t.reason,
        status: t.status,
        requested_by: daName(da),
        requested_at: t.requestedAt,
        decided_by: t.decidedAt ? manager : null,
        decided_at: t.decidedAt,
        decision_note: t.decisionNote,
      });
    }
  }
  return { patterns, exceptions, timeOff };
}

/** Each week's demand (routes and standbys a day) and whether it was published. */
export function weekPlanRows(
  orgId: string,
  story: StationStory,
  pub: Publishing,
  manager: string,
): WeekPlansTable[] {
  const { plan } = story;
  const byDate = new Map(plan.days.map((d) => [d.date, d]));
  const rows: WeekPlansTable[] = [];
  for (let w = weekStartOf(plan.first); w <= plan.last; w = addDays(w, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => {
      const day = byDate.get(addDays(w, i));
      return { routes: day?.routes.length ?? 0, standbys: day?.standbysWanted ?? 0 };
    });
    const published = pub.weeks.get(w) ?? null;
    rows.push({
      org_id: orgId,
      station_id: plan.station.id,
      week_start: w,
      demand: JSON.stringify({ days, routeMinutes: 480, standbyMinutes: 480, startTime: plan.waves[0] }),
      published_at: published,
      published_by: published ? manager : null,
      updated_by: manager,
      updated_at: published ?? `${addDays(w, -2)}T20:00:00.000Z`,
    });
  }
  return rows;
}

/**
 * Every shift of the plan and the DAs called in: published with their week (call-ins at once), most
 * confirmed by the DA, marked when attendance says the DA called out or did not show, checked in when
 * the DA came.
 */
export function shiftRows(
  rand: () => number,
  story: StationStory,
  pub: Publishing,
  now: Date,
): ShiftValues[] {
  const { plan } = story;
  const zone = plan.station.time_zone;
  const told = new Map(story.days.map((d) => [d.date, d]));
  const rows: ShiftValues[] = [];
  for (const day of plan.days) {
    const happened = told.get(day.date);
    for (const s of [...day.shifts, ...(happened?.roster?.calledIn ?? [])]) {
      const o = story.outcomes.get(s);
      const published =
        s.source === 'dispatch'
          ? (pub.mornings.get(s.date) ?? null)
          : (pub.weeks.get(weekStartOf(s.date)) ?? null);
      const confirmed =
        published && s.source === 'auto' && rand() < 0.85
          ? plus(published, between(rand, 1, 20) * HOUR)
          : null;
      const checkIn = happened?.checkIns.get(s.driverId);
      const status = o?.kind === 'callout' ? 'called_out' : o?.kind === 'ncns' ? 'no_show' : 'scheduled';
      rows.push({
        station_id: plan.station.id,
        driver_id: s.driverId,
        business_date: s.date,
        kind: s.kind,
        start_time: s.startTime,
        minutes: s.minutes,
        status,
        source: s.source,
        note: s.note,
        published_at: published,
        confirmed_at: confirmed && Date.parse(confirmed) < now.getTime() ? confirmed : null,
        checked_in_at:
          checkIn === undefined || status !== 'scheduled' ? null : isoAtLocal(zone, s.date, checkIn),
        attendance_event_id: status === 'scheduled' ? null : (o?.id ?? null),
      });
    }
  }
  return rows;
}

// ---- the day ----------------------------------------------------------------------------------------

/** Board changes a day saw: import, build, publish, morning changes and one per close. */
const routeVersion = (day: StoryDay, i: number) =>
  1 + (day.roster ? 1 : 0) + (day.roster?.routes[i]?.changed ? 1 : 0) + (day.runs[i] ? 1 : 0);

/** A day's routes as imported, with the roster's DA, van and reasons, and the close once back. */
export function routeRows(
  rand: () => number,
  story: StationStory,
  day: StoryDay,
  pub: Publishing,
  dispatcher: string,
): RouteValues[] {
  const zone = story.plan.station.time_zone;
  const at = (m: number) => isoAtLocal(zone, day.date, m);
  return day.plan.routes.map((route, i): RouteValues => {
    const r = day.roster?.routes[i];
    const run = day.runs[i];
    const assignedAt = r?.changed ? pub.mornings.get(day.date) : pub.rosters.get(day.date);
    return {
      station_id: story.plan.station.id,
      business_date: day.date,
      code: route.code,
      wave_time: route.waveTime,
      staging_location: route.stagingLocation,
      service_type: route.serviceType,
      planned_minutes: route.plannedMinutes,
      stops: route.stops,
      packages: route.packages,
      van_type: route.vanType,
      driver_id: r?.driverId ?? null,
      van_id: r?.vanId ?? null,
      pinned: 0,
      assignment_why: JSON.stringify(r?.why ?? []),
      assigned_by: r?.driverId ? dispatcher : null,
      assigned_at: r?.driverId ? (assignedAt ?? null) : null,
      version: routeVersion(day, i),
      actual_start: run ? at(run.start) : null,
      actual_end: run ? at(run.end) : null,
      stops_completed: run?.stopsCompleted ?? null,
      packages_delivered: run?.packagesDelivered ?? null,
      packages_returned: run?.packagesReturned ?? null,
      closed_by: run ? dispatcher : null,
      closed_at: run ? at(run.end + between(rand, 20, 90)) : null,
      source: 'import',
    };
  });
}

export function dayRow(
  orgId: string,
  story: StationStory,
  day: StoryDay,
  pub: Publishing,
  dispatcher: string,
): DispatchDaysTable {
  const versions = day.plan.routes.reduce((n, _, i) => n + routeVersion(day, i) - 1, 1);
  const published = pub.rosters.get(day.date) ?? null;
  return {
    org_id: orgId,
    station_id: story.plan.station.id,
    business_date: day.date,
    version: versions + (published ? 1 : 0) + day.rescues.length,
    roster_published_at: published,
    roster_published_by: published ? dispatcher : null,
    // An unbuilt day changed last when its routes came in, the evening before.
    updated_at: published ?? isoAtLocal(story.plan.station.time_zone, addDays(day.date, -1), 22 * 60),
  };
}

export function rescueRows(
  orgId: string,
  story: StationStory,
  day: StoryDay,
  routeIds: string[],
  dispatcher: string,
): RescuesTable[] {
  const at = (m: number) => isoAtLocal(story.plan.station.time_zone, day.date, m);
  return day.rescues.map((x) => ({
    org_id: orgId,
    id: newId(),
    station_id: story.plan.station.id,
    business_date: day.date,
    route_id: routeIds[x.route] as string,
    rescuer_driver_id: x.rescuerId,
    stops: x.stops,
    packages: x.packages,
    started_at: at(x.start),
    ended_at: at(x.end),
    note: x.note,
    recorded_by: dispatcher,
    created_at: at(x.end + 10),
  }));
}
