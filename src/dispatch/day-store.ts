import { sql } from 'kysely';
import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import { rowsOfDriversBetween } from '../db/drivers-between.js';
import { insertRows } from '../db/insert-rows.js';
import type { DispatchDaysTable, RescuesTable, RoutesTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';

// ---- the day -----------------------------------------------------------------------------------------

export const findDay = (db: Db, orgId: string, stationId: string, date: string) =>
  db
    .selectFrom('dispatch_days')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '=', date)
    .executeTakeFirst();

/**
 * Bumps the day's version (creating the day at version 1): every change to a station's board calls
 * this in its transaction, so other boards see a new version and reload. Returns the new version.
 */
export async function touchDay(
  db: Db,
  orgId: string,
  stationId: string,
  date: string,
  patch: Partial<Pick<DispatchDaysTable, 'roster_published_at' | 'roster_published_by'>> = {},
): Promise<number> {
  const at = nowIso();
  await db
    .insertInto('dispatch_days')
    .values({
      org_id: orgId,
      station_id: stationId,
      business_date: date,
      version: 1,
      roster_published_at: patch.roster_published_at ?? null,
      roster_published_by: patch.roster_published_by ?? null,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.columns(['org_id', 'station_id', 'business_date']).doUpdateSet({
        version: sql<number>`dispatch_days.version + 1`,
        updated_at: at,
        ...patch,
      }),
    )
    .execute();
  const day = await findDay(db, orgId, stationId, date);
  return day?.version ?? 1;
}

// ---- routes ------------------------------------------------------------------------------------------

export type RouteValues = Omit<RoutesTable, 'org_id' | 'id' | 'created_at' | 'updated_at'>;

export const findRoute = (db: Db, orgId: string, id: string) =>
  db.selectFrom('routes').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export const findRouteByCode = (db: Db, orgId: string, stationId: string, date: string, code: string) =>
  db
    .selectFrom('routes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '=', date)
    .where('code', '=', code)
    .executeTakeFirst();

/** A station's routes of one day, by wave then code. */
export const listDayRoutes = (db: Db, orgId: string, stationId: string, date: string) =>
  db
    .selectFrom('routes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '=', date)
    .orderBy('wave_time')
    .orderBy('code')
    .execute();

/** Routes some DAs drove between two dates (for familiarity, usual vans and week minutes). */
export const listDriverRoutes = (
  db: Db,
  orgId: string,
  driverIds: readonly string[],
  from: string,
  to: string,
) => rowsOfDriversBetween(db, 'routes', 'business_date', { orgId, driverIds, from, to });

/** A station's routes over a date range (history for familiarity and rescues). */
export const listStationRoutes = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('routes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .execute();

export async function insertRoutes(db: Db, orgId: string, values: RouteValues[]): Promise<RoutesTable[]> {
  const at = nowIso();
  const rows = values.map((v) => ({ org_id: orgId, id: newId(), ...v, created_at: at, updated_at: at }));
  await insertRows(db, 'routes', rows);
  return rows;
}

/** Changes a route and bumps its version; the caller has checked the version it was shown. */
export async function updateRoute(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Omit<RouteValues, 'version'>>,
): Promise<void> {
  await db
    .updateTable('routes')
    .set({ ...patch, version: sql<number>`version + 1`, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteRoute(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('routes').where('org_id', '=', orgId).where('id', '=', id).execute();
}

// ---- rescues -----------------------------------------------------------------------------------------

export async function insertRescue(
  db: Db,
  orgId: string,
  v: Omit<RescuesTable, 'org_id' | 'id' | 'created_at'>,
): Promise<RescuesTable> {
  const row = { org_id: orgId, id: newId(), ...v, created_at: nowIso() };
  await db.insertInto('rescues').values(row).execute();
  return row;
}

export const findRescue = (db: Db, orgId: string, id: string) =>
  db.selectFrom('rescues').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export async function updateRescue(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Pick<RescuesTable, 'ended_at' | 'stops' | 'packages' | 'note'>>,
): Promise<void> {
  await db.updateTable('rescues').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteRescue(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('rescues').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** A station's rescues between two dates (inclusive). */
export const listRescues = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('rescues')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .orderBy('started_at')
    .execute();

/** How many routes a van has been on. */
export const countRoutesOfVan = (db: Db, orgId: string, vanId: string): Promise<number> =>
  countOf(db, 'routes', orgId, 'van_id', vanId);

/** How many routes a DA has been on. */
export const countRoutesOfDriver = (db: Db, orgId: string, driverId: string): Promise<number> =>
  countOf(db, 'routes', orgId, 'driver_id', driverId);

/** A DA's routes closed with their times between two business dates. */
export const listDriverClosedRoutes = (db: Db, orgId: string, driverId: string, from: string, to: string) =>
  db
    .selectFrom('routes')
    .select(['business_date', 'code', 'planned_minutes', 'actual_start', 'actual_end'])
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .where('actual_start', 'is not', null)
    .where('actual_end', 'is not', null)
    .execute();
