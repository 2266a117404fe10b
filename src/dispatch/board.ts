import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { localDate } from '../shared/dates.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { rankRulesOf } from './callouts.js';
import {
  conflictContext,
  conflictDriver,
  conflictRoute,
  conflictVan,
  type DayContext,
  driverName,
  loadDayContext,
} from './day-context.js';
import { findDay, listRescues } from './day-store.js';
import { assignmentConflicts, type Conflict } from './domain/conflicts.js';
import { closeFigures } from './domain/day-close.js';

export const routeView = (r: RoutesTable, timeZone: string) => ({
  id: r.id,
  code: r.code,
  waveTime: r.wave_time,
  stagingLocation: r.staging_location,
  serviceType: r.service_type,
  plannedMinutes: r.planned_minutes,
  stops: r.stops,
  packages: r.packages,
  vanType: r.van_type,
  driverId: r.driver_id,
  vanId: r.van_id,
  pinned: r.pinned === 1,
  why: JSON.parse(r.assignment_why) as string[],
  assignedBy: r.assigned_by,
  assignedAt: r.assigned_at,
  version: r.version,
  source: r.source,
  close: closeFigures(r, timeZone),
});

function routeConflicts(ctx: DayContext): Map<string, Conflict[]> {
  const drivers = new Map(ctx.drivers.map((d) => [d.driver.id, d]));
  const vans = new Map(ctx.vans.map((v) => [v.van.id, v]));
  const shared = conflictContext(ctx);
  return new Map(
    ctx.routes.map((r) => {
      const d = r.driver_id ? drivers.get(r.driver_id) : undefined;
      const v = r.van_id ? vans.get(r.van_id) : undefined;
      return [
        r.id,
        assignmentConflicts(
          conflictRoute(r),
          d ? conflictDriver(d) : null,
          v ? conflictVan(v) : null,
          shared,
        ),
      ];
    }),
  );
}

/**
 * The dispatch board of a station's day: routes by wave with their DA, van and live conflicts; every
 * DA who could drive (scheduled or off, checked in or not, cleared or why not); every van (inspected
 * or not); the day's rescues. With `since`, a board that has not changed answers only its version,
 * so several dispatchers can poll it every couple of seconds.
 */
export async function boardView(db: Db, actor: Actor, stationId: string, date?: string, since?: number) {
  const station = await visibleStation(db, actor, stationId);
  const day = date ?? localDate(station.time_zone);
  if (since !== undefined) {
    const current = await findDay(db, actor.orgId, stationId, day);
    if ((current?.version ?? 0) === since) return { changed: false as const, version: since };
  }
  const [ctx, rescues] = await Promise.all([
    loadDayContext(db, actor, stationId, day),
    listRescues(db, actor.orgId, stationId, day, day),
  ]);
  const conflicts = routeConflicts(ctx);
  const onRoute = new Map(ctx.routes.filter((r) => r.driver_id).map((r) => [r.driver_id as string, r.id]));
  const vanOnRoute = new Map(ctx.routes.filter((r) => r.van_id).map((r) => [r.van_id as string, r.id]));
  const tz = ctx.station.time_zone;
  return {
    changed: true as const,
    version: ctx.version,
    station: { id: station.id, code: station.code, name: station.name, timeZone: tz },
    date: day,
    rosterPublishedAt: ctx.rosterPublishedAt,
    routes: ctx.routes.map((r) => ({ ...routeView(r, tz), conflicts: conflicts.get(r.id) ?? [] })),
    drivers: ctx.drivers.map((d) => ({
      id: d.driver.id,
      name: driverName(d.driver),
      transporterId: d.driver.transporterId,
      shift: d.shift,
      cleared: d.cleared,
      clearanceReasons: d.clearanceReasons,
      vanTypes: d.vanTypes,
      availability: {
        available: d.availability.available,
        timeOff: d.availability.cause === 'time_off',
        reason: d.availability.reason,
      },
      otherDays: d.otherDays,
      otherDaysMinutes: d.otherDaysMinutes,
      ...d.recent,
      hourlyRateCents: d.driver.hourlyRateCents,
      routeId: onRoute.get(d.driver.id) ?? null,
    })),
    vans: ctx.vans.map((v) => ({
      id: v.van.id,
      fleetNumber: v.van.fleetNumber,
      vanType: v.van.vanType,
      status: v.van.status,
      statusReason: v.van.statusReason,
      dispatchable: v.dispatchable,
      preTrip: v.preTrip,
      routeId: vanOnRoute.get(v.van.id) ?? null,
    })),
    rescues: rescues.map((x) => ({
      id: x.id,
      routeId: x.route_id,
      rescuerDriverId: x.rescuer_driver_id,
      stops: x.stops,
      packages: x.packages,
      startedAt: x.started_at,
      endedAt: x.ended_at,
      note: x.note,
    })),
    // The same lines and caps as the server's checks: the client shows a drop's answer while dragging.
    rules: rankRulesOf(ctx),
  };
}
