import type { Db } from '../db/database.js';
import type { RouteLateCancelsTable, UnplannedDelaysTable } from '../db/schema.js';

// Amazon's decisions the board records: late cancels and unplanned delays (issue 16 item 4).

export const findLateCancel = (db: Db, orgId: string, routeId: string) =>
  db
    .selectFrom('route_late_cancels')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('route_id', '=', routeId)
    .executeTakeFirst();

export async function insertLateCancel(db: Db, row: RouteLateCancelsTable): Promise<void> {
  await db.insertInto('route_late_cancels').values(row).execute();
}

export async function updateLateCancel(
  db: Db,
  orgId: string,
  id: string,
  patch: Pick<RouteLateCancelsTable, 'cancelled_at' | 'note' | 'recorded_by'>,
): Promise<void> {
  await db
    .updateTable('route_late_cancels')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteLateCancel(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('route_late_cancels').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export const listLateCancels = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('route_late_cancels')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .orderBy('cancelled_at')
    .execute();

export async function insertDelay(db: Db, row: UnplannedDelaysTable): Promise<void> {
  await db.insertInto('unplanned_delays').values(row).execute();
}

export const findDelay = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('unplanned_delays')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function deleteDelay(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('unplanned_delays').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export const listDelays = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('unplanned_delays')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .orderBy('created_at')
    .execute();
