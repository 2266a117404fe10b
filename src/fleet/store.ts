import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { VanOwnership, VanStatus, VanStatusChangesTable, VansTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import { decodeCursor, toPage } from '../shared/pagination.js';
import type { VanType } from '../shared/vans.js';

/** A van as the rest of Stationhand sees it (dispatch, inspections, damage, readiness). */
export interface Van {
  id: string;
  stationId: string;
  fleetNumber: string;
  vin: string;
  plate: string | null;
  plateState: string | null;
  make: string | null;
  model: string | null;
  year: number | null;
  vanType: VanType;
  ownership: VanOwnership;
  lessor: string | null;
  ownershipStart: string | null;
  ownershipEnd: string | null;
  monthlyRateCents: number | null;
  odometerMiles: number | null;
  odometerAt: string | null;
  telematicsId: string | null;
  cameraId: string | null;
  status: VanStatus;
  statusReason: string | null;
  statusSince: string;
  createdAt: string;
  updatedAt: string;
}

export const toVan = (r: VansTable): Van => ({
  id: r.id,
  stationId: r.station_id,
  fleetNumber: r.fleet_number,
  vin: r.vin,
  plate: r.plate,
  plateState: r.plate_state,
  make: r.make,
  model: r.model,
  year: r.year,
  vanType: r.van_type as VanType,
  ownership: r.ownership,
  lessor: r.lessor,
  ownershipStart: r.ownership_start,
  ownershipEnd: r.ownership_end,
  monthlyRateCents: r.monthly_rate_cents,
  odometerMiles: r.odometer_miles,
  odometerAt: r.odometer_at,
  telematicsId: r.telematics_id,
  cameraId: r.camera_id,
  status: r.status,
  statusReason: r.status_reason,
  statusSince: r.status_since,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type VanValues = Omit<VansTable, 'org_id' | 'id' | 'created_at' | 'updated_at'>;

// ---- vans -------------------------------------------------------------------------------------------

type VanKey = 'id' | 'vin' | 'fleet_number';

const findVanBy = (db: Db, orgId: string, column: VanKey, value: string) =>
  db.selectFrom('vans').selectAll().where('org_id', '=', orgId).where(column, '=', value).executeTakeFirst();

export const findVanRow = (db: Db, orgId: string, id: string) => findVanBy(db, orgId, 'id', id);
export const findVanByVin = (db: Db, orgId: string, vin: string) => findVanBy(db, orgId, 'vin', vin);
export const findVanByFleetNumber = (db: Db, orgId: string, fleetNumber: string) =>
  findVanBy(db, orgId, 'fleet_number', fleetNumber);

/** One van of an org, or undefined. No station scope: callers that serve a person check it. */
export async function findVan(db: Db, orgId: string, id: string): Promise<Van | undefined> {
  const row = await findVanRow(db, orgId, id);
  return row && toVan(row);
}

/** A station's vans still in the fleet (returned ones left out), by fleet number: for rosters and readiness. */
export async function listStationVans(db: Db, orgId: string, stationId: string): Promise<Van[]> {
  const rows = await db
    .selectFrom('vans')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('status', '!=', 'returned')
    .orderBy('fleet_number')
    .execute();
  return rows.map(toVan);
}

export interface VanFilter {
  stationId?: string;
  status?: VanStatus;
  vanType?: VanType;
  search?: string;
  limit: number;
  cursor?: string;
}

/** Vans the actor may see (station-scoped staff: their stations'), by fleet number. */
export async function listVans(db: Db, actor: Pick<Actor, 'orgId' | 'stationIds'>, f: VanFilter) {
  if (actor.stationIds?.length === 0) return { items: [], nextCursor: null };
  let q = db.selectFrom('vans').selectAll().where('org_id', '=', actor.orgId);
  if (actor.stationIds) q = q.where('station_id', 'in', actor.stationIds);
  if (f.stationId) q = q.where('station_id', '=', f.stationId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.vanType) q = q.where('van_type', '=', f.vanType);
  if (f.search) {
    // lower() on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
    const like = `%${f.search.replace(/[%_]/g, '').toLowerCase()}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['fleet_number']), 'like', like),
        eb(eb.fn('lower', ['vin']), 'like', like),
        eb(eb.fn('lower', ['plate']), 'like', like),
      ]),
    );
  }
  const after = decodeCursor(f.cursor);
  if (after) {
    const [last = '', id = ''] = after.split('\u0000');
    q = q.where((eb) =>
      eb.or([eb('fleet_number', '>', last), eb.and([eb('fleet_number', '=', last), eb('id', '>', id)])]),
    );
  }
  const rows = await q
    .orderBy('fleet_number')
    .orderBy('id')
    .limit(f.limit + 1)
    .execute();
  return toPage(rows, f.limit, (r) => `${r.fleet_number}\u0000${r.id}`, toVan);
}

/** Active vans of an org: these ids, else this station's, else all. */
export async function listActiveVans(
  db: Db,
  orgId: string,
  scope: { vanIds?: string[]; stationId?: string },
) {
  if (scope.vanIds?.length === 0) return [];
  let q = db.selectFrom('vans').selectAll().where('org_id', '=', orgId).where('status', '=', 'active');
  if (scope.vanIds) q = q.where('id', 'in', scope.vanIds);
  else if (scope.stationId) q = q.where('station_id', '=', scope.stationId);
  return (await q.execute()).map(toVan);
}

/** Every van of an org, for an import to check its rows against (one query). */
export const listOrgVanRows = (db: Db, orgId: string) =>
  db.selectFrom('vans').selectAll().where('org_id', '=', orgId).execute();

export async function findVansByVins(db: Db, orgId: string, vins: string[]): Promise<VansTable[]> {
  if (vins.length === 0) return [];
  return db.selectFrom('vans').selectAll().where('org_id', '=', orgId).where('vin', 'in', vins).execute();
}

/** Inserts vans in multi-row statements (per-row inserts are far slower on PostgreSQL); rows in order. */
export async function insertVans(db: Db, orgId: string, values: VanValues[]): Promise<VansTable[]> {
  const at = nowIso();
  const rows: VansTable[] = values.map((v) => ({
    org_id: orgId,
    id: newId(),
    ...v,
    created_at: at,
    updated_at: at,
  }));
  await insertRows(db, 'vans', rows);
  return rows;
}

export async function insertVan(db: Db, orgId: string, v: VanValues): Promise<VansTable> {
  const [row] = await insertVans(db, orgId, [v]);
  return row as VansTable;
}

export async function updateVan(db: Db, orgId: string, id: string, patch: Partial<VanValues>): Promise<void> {
  await db
    .updateTable('vans')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/**
 * Takes an active van off the road, only if it is still active when the row is written: of two
 * concurrent groundings exactly one changes it. True when this call changed it.
 */
export async function groundActiveVan(db: Db, orgId: string, id: string, reason: string, at: string) {
  const res = await db
    .updateTable('vans')
    .set({ status: 'grounded', status_reason: reason, status_since: at, updated_at: at })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Moves the odometer forward only: true when the reading was higher than the stored one (or none was). */
export async function advanceOdometer(db: Db, orgId: string, id: string, miles: number, at: string) {
  const res = await db
    .updateTable('vans')
    .set({ odometer_miles: miles, odometer_at: at, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('odometer_miles', 'is', null), eb('odometer_miles', '<', miles)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Removes a van an import created (with its history and service records), for undo. */
export async function deleteVan(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('van_status_changes').where('org_id', '=', orgId).where('van_id', '=', id).execute();
  await db.deleteFrom('vans').where('org_id', '=', orgId).where('id', '=', id).execute();
}

// ---- status history ---------------------------------------------------------------------------------

export interface StatusChangeValues {
  vanId: string;
  status: VanStatus;
  reason: string | null;
  source: string;
  changedBy: string;
  changedByUserId: string | null;
  at: string;
}

/** Status changes in multi-row statements. */
export async function insertVanStatusChanges(db: Db, orgId: string, values: StatusChangeValues[]) {
  const rows: VanStatusChangesTable[] = values.map((v) => ({
    org_id: orgId,
    id: newId(),
    van_id: v.vanId,
    status: v.status,
    reason: v.reason,
    source: v.source,
    changed_by: v.changedBy,
    changed_by_user_id: v.changedByUserId,
    at: v.at,
  }));
  await insertRows(db, 'van_status_changes', rows);
}

export async function listVanStatusChanges(db: Db, orgId: string, vanId: string) {
  const rows = await db
    .selectFrom('van_status_changes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('van_id', '=', vanId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    status: r.status,
    reason: r.reason,
    source: r.source,
    changedBy: r.changed_by,
    at: r.at,
  }));
}
