import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable, StationsTable } from '../db/schema.js';
import { listStationVans, type Van } from '../fleet/store.js';
import { preTripStatuses } from '../inspections/readiness.js';
import { clearedToDrive } from '../people/domain/cleared.js';
import { groupBy } from '../people/domain/group.js';
import { failedSteps } from '../people/onboarding-store.js';
import { type Driver, findDriversByIds, listDriversInStatuses } from '../people/store.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { listExceptions, listPatterns, toException, toPattern } from './availability-store.js';
import { findDay, listDayRoutes, listDriverRoutes } from './day-store.js';
import { availabilityOn, type DayAvailability, DEFAULT_PATTERN } from './domain/availability.js';
import { addDays, weekStartOf } from './domain/calendar.js';
import type { ConflictContext, ConflictDriver, ConflictRoute, ConflictVan } from './domain/conflicts.js';
import { type RecentWork, recentWork, type WorkedStretch } from './domain/day-caps.js';
import { closeFigures } from './domain/day-close.js';
import { type DispatchRules, dayCaps, hardWeekMinutes } from './domain/rules.js';
import { findRules } from './rules-store.js';
import { listDriverShifts, listStationShifts, type Shift, toShift } from './schedule-store.js';
import { listTimeOff, toTimeOff } from './time-off-store.js';

export interface DayDriver {
  driver: Driver;
  shift: Shift | null;
  cleared: boolean;
  clearanceReasons: string[];
  vanTypes: string[];
  /** Whether the DA said they can work that day (weekly pattern, exceptions, time off), and why not. */
  availability: DayAvailability;
  /** Days and minutes on the DA's other scheduled days of the week (Sunday to Saturday). */
  otherDays: number;
  otherDaysMinutes: number;
  /** The 6 days before this one, for the org's hard caps (12 h a day, 60 h in 7 days, rest). */
  recent: RecentWork;
}

export interface DayVan {
  van: Van;
  preTrip: 'passed' | 'failed' | 'missing';
  /** Active (not grounded, in the shop or returned). */
  dispatchable: boolean;
}

export interface DayContext {
  station: StationsTable;
  date: string;
  rules: DispatchRules;
  version: number;
  rosterPublishedAt: string | null;
  routes: RoutesTable[];
  drivers: DayDriver[];
  vans: DayVan[];
}

export const driverName = (d: Pick<Driver, 'firstName' | 'lastName'>) => `${d.firstName} ${d.lastName}`;

/**
 * A station's day in a fixed number of queries: its routes, the DAs who could drive (active DAs of
 * the station, and anyone on its schedule that day) with their shift, clearance on that date and
 * minutes on the week's other days, and the station's vans with today's pre-trip.
 */
export async function loadDayContext(
  db: Db,
  actor: Actor,
  stationId: string,
  date: string,
): Promise<DayContext> {
  const station = await visibleStation(db, actor, stationId);
  const weekStart = weekStartOf(date);
  const [rules, day, routes, shifts, home, vans] = await Promise.all([
    findRules(db, actor.orgId),
    findDay(db, actor.orgId, stationId, date),
    listDayRoutes(db, actor.orgId, stationId, date),
    listStationShifts(db, actor.orgId, stationId, date, date),
    listDriversInStatuses(db, actor, ['active'], stationId),
    listStationVans(db, actor.orgId, stationId),
  ]);
  const homeIds = new Set(home.map((d) => d.id));
  const visitors = shifts.map((s) => s.driver_id).filter((id) => !homeIds.has(id));
  const drivers = visitors.length ? [...home, ...(await findDriversByIds(db, actor.orgId, visitors))] : home;
  const ids = drivers.map((d) => d.id);
  const [week, failed, preTrips, patterns, exceptions, timeOff, worked] = await Promise.all([
    listDriverShifts(db, actor.orgId, ids, weekStart, addDays(weekStart, 6)),
    failedSteps(db, actor.orgId, ids),
    preTripStatuses(
      db,
      actor.orgId,
      vans.map((v) => ({ id: v.id, date })),
    ),
    listPatterns(db, actor.orgId, ids),
    listExceptions(db, actor.orgId, ids, date, date),
    listTimeOff(db, actor.orgId, { driverIds: ids, from: date, to: date }),
    pastSixDays(db, actor.orgId, ids, date, station.time_zone),
  ]);
  const patternOf = new Map(patterns.map((p) => [p.driver_id, toPattern(p)]));
  const exceptionsOf = groupBy(exceptions, (e) => e.driver_id, toException);
  const timeOffOf = groupBy(timeOff, (t) => t.driver_id, toTimeOff);
  const shiftOf = new Map(shifts.map((s) => [s.driver_id, toShift(s)]));
  const weekOf = groupBy(
    week.filter((s) => s.business_date !== date && s.status === 'scheduled'),
    (s) => s.driver_id,
  );
  return {
    station,
    date,
    rules,
    version: day?.version ?? 0,
    rosterPublishedAt: day?.roster_published_at ?? null,
    routes,
    drivers: drivers.map((driver) => {
      const clearance = clearedToDrive({ ...driver, failedSteps: failed.get(driver.id) ?? [] }, date);
      return {
        driver,
        shift: shiftOf.get(driver.id) ?? null,
        cleared: clearance.cleared,
        clearanceReasons: clearance.reasons,
        vanTypes: clearance.vanTypes,
        availability: availabilityOn(
          date,
          patternOf.get(driver.id) ?? DEFAULT_PATTERN,
          exceptionsOf.get(driver.id) ?? [],
          timeOffOf.get(driver.id) ?? [],
        ),
        otherDays: (weekOf.get(driver.id) ?? []).length,
        otherDaysMinutes: (weekOf.get(driver.id) ?? []).reduce((m, s) => m + s.minutes, 0),
        recent: recentWork(date, addDays(date, -1), worked.get(driver.id) ?? []),
      };
    }),
    vans: vans.map((van) => ({
      van,
      preTrip: preTrips.get(van.id) ?? 'missing',
      dispatchable: van.status === 'active',
    })),
  };
}

/** Each DA's routes (actual times once closed) and scheduled shifts on the 6 days before `date`. */
async function pastSixDays(db: Db, orgId: string, ids: readonly string[], date: string, timeZone: string) {
  const from = addDays(date, -6);
  const to = addDays(date, -1);
  const [routes, shifts] = await Promise.all([
    listDriverRoutes(db, orgId, ids, from, to),
    listDriverShifts(db, orgId, ids, from, to),
  ]);
  const stretches: (WorkedStretch & { driverId: string })[] = [
    ...routes.map((r) => {
      const close = closeFigures(r, timeZone);
      return {
        driverId: r.driver_id as string,
        date: r.business_date,
        kind: 'route' as const,
        startTime: close?.actualStart ?? r.wave_time,
        minutes: close?.actualMinutes ?? r.planned_minutes,
      };
    }),
    ...shifts
      .filter((s) => s.status === 'scheduled')
      .map((s) => ({
        driverId: s.driver_id,
        date: s.business_date,
        kind: 'shift' as const,
        startTime: s.start_time,
        minutes: s.minutes,
      })),
  ];
  return groupBy(stretches, (s) => s.driverId);
}

// ---- the same facts in the shape the conflict rules read ------------------------------------------------

export const conflictRoute = (r: RoutesTable): ConflictRoute => ({
  id: r.id,
  code: r.code,
  waveTime: r.wave_time,
  vanType: r.van_type,
  plannedMinutes: r.planned_minutes,
  driverId: r.driver_id,
  vanId: r.van_id,
});

export const conflictDriver = (d: DayDriver): ConflictDriver => ({
  id: d.driver.id,
  name: driverName(d.driver),
  shiftKind: d.shift && d.shift.status === 'scheduled' ? d.shift.kind : null,
  calledOut: d.shift !== null && d.shift.status !== 'scheduled',
  timeOff: d.availability.cause === 'time_off',
  unavailableReason: d.availability.reason,
  cleared: d.cleared,
  clearanceReasons: d.clearanceReasons,
  vanTypes: d.vanTypes,
  otherDaysMinutes: d.otherDaysMinutes,
  ...d.recent,
});

export const conflictVan = (v: DayVan): ConflictVan => ({
  id: v.van.id,
  fleetNumber: v.van.fleetNumber,
  vanType: v.van.vanType,
  dispatchable: v.dispatchable,
  outOfServiceReason: v.dispatchable ? null : v.van.statusReason,
  preTrip: v.preTrip,
});

export const conflictContext = (ctx: DayContext): ConflictContext => ({
  routes: ctx.routes.map(conflictRoute),
  overtimeAfterMinutes: ctx.rules.maxWeekMinutes,
  weekCapMinutes: hardWeekMinutes(ctx.rules),
  caps: dayCaps(ctx.rules),
});
