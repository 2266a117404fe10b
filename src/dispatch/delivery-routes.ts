import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { routeView } from './board.js';
import {
  deleteRoute,
  findRoute,
  findRouteByCode,
  insertRoutes,
  type RouteValues,
  touchDay,
  updateRoute,
} from './day-store.js';

export interface RouteInput {
  code: string;
  waveTime: string;
  stagingLocation?: string | null | undefined;
  serviceType?: string | null | undefined;
  plannedMinutes: number;
  stops?: number | null | undefined;
  packages?: number | null | undefined;
  vanType: string;
}

export const routeValues = (i: RouteInput) => ({
  code: i.code.trim().toUpperCase(),
  wave_time: i.waveTime,
  staging_location: i.stagingLocation?.trim() || null,
  service_type: i.serviceType?.trim() || null,
  planned_minutes: i.plannedMinutes,
  stops: i.stops ?? null,
  packages: i.packages ?? null,
  van_type: i.vanType,
});

/** An open route as the roster starts it: nobody on it yet. */
export const unassigned = {
  driver_id: null,
  van_id: null,
  pinned: 0 as const,
  assignment_why: '[]',
  assigned_by: null,
  assigned_at: null,
  version: 1,
  actual_start: null,
  actual_end: null,
  stops_completed: null,
  packages_delivered: null,
  packages_returned: null,
  closed_by: null,
  closed_at: null,
};

/**
 * A route of the actor's stations, checked against the version the dispatcher was shown: an edit made
 * on a stale board is refused with who changed it and when, never written over their change.
 */
export async function currentRoute(
  trx: Db,
  actor: Actor,
  id: string,
  version?: number,
): Promise<RoutesTable> {
  const row = await findRoute(trx, actor.orgId, id);
  if (!row || !inStationScope(actor, row.station_id)) throw notFound('Route');
  if (version !== undefined && row.version !== version) {
    const who = row.assigned_by ? ` by ${row.assigned_by}` : '';
    throw conflict(
      `Route ${row.code} was changed${who} since you loaded the board (at ${row.updated_at.slice(11, 16)} UTC). Your change was not saved; the board now shows the current route.`,
      'version',
    );
  }
  return row;
}

/** Adds a route to a station's day by hand (a late add from Amazon, a route the file missed). */
export async function addRoute(db: Db, actor: Actor, stationId: string, date: string, input: RouteInput) {
  const station = await visibleStation(db, actor, stationId);
  return db.transaction().execute(async (trx) => {
    const values = routeValues(input);
    if (await findRouteByCode(trx, actor.orgId, stationId, date, values.code)) {
      throw conflict(`Route ${values.code} is already on ${date}.`, 'code');
    }
    const [row] = (await insertRoutes(trx, actor.orgId, [
      {
        station_id: stationId,
        business_date: date,
        ...values,
        ...unassigned,
        source: 'manual',
      } satisfies RouteValues,
    ])) as [RoutesTable];
    await recordAudit(trx, actor, { entity: 'route', entityId: row.id, before: null, after: row });
    await touchDay(trx, actor.orgId, stationId, date);
    return routeView(row, station.time_zone);
  });
}

/** Changes a route's plan (wave, staging, duration, van type…) against the version shown. */
export async function changeRoute(db: Db, actor: Actor, id: string, version: number, input: RouteInput) {
  return db.transaction().execute(async (trx) => {
    const before = await currentRoute(trx, actor, id, version);
    const values = routeValues(input);
    if (values.code !== before.code) {
      const clash = await findRouteByCode(
        trx,
        actor.orgId,
        before.station_id,
        before.business_date,
        values.code,
      );
      if (clash) throw conflict(`Route ${values.code} is already on ${before.business_date}.`, 'code');
    }
    await updateRoute(trx, actor.orgId, id, values);
    const after = (await findRoute(trx, actor.orgId, id)) as RoutesTable;
    await recordAudit(trx, actor, { entity: 'route', entityId: id, before, after });
    await touchDay(trx, actor.orgId, before.station_id, before.business_date);
    const station = await visibleStation(trx, actor, before.station_id);
    return routeView(after, station.time_zone);
  });
}

/** Removes a route Amazon took back; a closed route stays (payroll and money read it). */
export async function removeRoute(db: Db, actor: Actor, id: string, version: number) {
  await db.transaction().execute(async (trx) => {
    const before = await currentRoute(trx, actor, id, version);
    if (before.closed_at) throw conflict(`Route ${before.code} is closed; it stays for payroll.`, 'id');
    await deleteRoute(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'route', entityId: id, before, after: null });
    await touchDay(trx, actor.orgId, before.station_id, before.business_date);
  });
}
