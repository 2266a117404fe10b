import type { Db } from '../../db/database.js';
import type { VanOwnership, VansTable } from '../../db/schema.js';
import type { AppliedRow, ImportScope } from '../../imports/domain/kind.js';
import { applyRecords, changedFields } from '../../imports/record-writes.js';
import { nowIso } from '../../shared/ids.js';
import type { VanType } from '../../shared/vans.js';
import { odometerAdvances } from '../domain/van.js';
import { enforceOverdueCritical } from '../enforce.js';
import {
  findVansByVins,
  insertVanStatusChanges,
  insertVans,
  type StatusChangeValues,
  updateVan,
  type VanValues,
} from '../store.js';
import type { VehicleImportRow } from './columns.js';

/** Taking a van off the road needs a reason; an import that gives none gives this one. */
const IMPORT_REASON = 'Set by an import.';
/** What the row changes of a stored van (empty when nothing). The odometer only moves forward. */
function changesOf(row: VehicleImportRow, before: VansTable, now: string): Partial<VanValues> {
  const next: Partial<VanValues> = {
    fleet_number: row.fleetNumber,
    station_id: row.stationId,
    van_type: row.vanType,
    make: row.make,
    model: row.model,
    year: row.year,
    plate: row.plate,
    plate_state: row.plateState,
    ownership: row.ownership,
    lessor: row.lessor,
    ownership_start: row.ownershipStart,
    ownership_end: row.ownershipEnd,
    monthly_rate_cents: row.monthlyRateCents,
    telematics_id: row.telematicsId,
    camera_id: row.cameraId,
  };
  const patch = changedFields(next, before as VanValues);
  if (row.odometerMiles !== undefined && odometerAdvances(before.odometer_miles, row.odometerMiles)) {
    patch.odometer_miles = row.odometerMiles;
    patch.odometer_at = now;
  }
  if (row.status && row.status !== before.status) {
    patch.status = row.status;
    patch.status_reason = row.statusReason ?? (row.status === 'active' ? null : IMPORT_REASON);
    patch.status_since = now;
  } else if (
    row.statusReason !== undefined &&
    row.statusReason !== before.status_reason &&
    before.status !== 'active'
  ) {
    patch.status_reason = row.statusReason;
  }
  return patch;
}

/**
 * Upserts a batch of checked rows (applyRecords): new vans in multi-row inserts, changed ones one update
 * each; then their status history and audit rows, and the maintenance rule on the vans touched.
 */
export async function applyVans(
  trx: Db,
  scope: ImportScope,
  rows: VehicleImportRow[],
): Promise<AppliedRow[]> {
  const now = nowIso();
  const history = (van: VansTable): StatusChangeValues => ({
    vanId: van.id,
    status: van.status,
    reason: van.status_reason,
    source: 'import',
    changedBy: scope.auditLabel,
    changedByUserId: scope.actor.userId,
    at: now,
  });
  const out = await applyRecords<VehicleImportRow, VansTable, VanValues>(trx, scope, rows, {
    entity: 'van',
    // The check found each row's van on file, if any: only those are read, whole, for their audit and undo.
    found: async (batch) => {
      const known = batch.flatMap((r) => (r.id ? [r.vin] : []));
      return new Map((await findVansByVins(trx, scope.orgId, known)).map((v) => [v.vin, v]));
    },
    recordOf: (row, found) => found.get(row.vin),
    create: (row) => newVan(row, now),
    patch: (row, before) => changesOf(row, before, now),
    insert: (values) => insertVans(trx, scope.orgId, values),
    update: (id, patch) => updateVan(trx, scope.orgId, id, patch),
    insertHistory: (vans) => insertVanStatusChanges(trx, scope.orgId, vans.map(history)),
  });
  const touched = out.filter((o) => o.outcome !== 'unchanged').map((o) => o.entityId);
  if (touched.length > 0) await enforceOverdueCritical(trx, scope.orgId, { vanIds: touched });
  return out;
}

/** A new van's values: prepare made sure the row has a fleet number, type, ownership and station. */
function newVan(row: VehicleImportRow, now: string): VanValues {
  const status = row.status ?? 'active';
  return {
    station_id: row.stationId as string,
    fleet_number: row.fleetNumber as string,
    vin: row.vin,
    plate: row.plate ?? null,
    plate_state: row.plateState ?? null,
    make: row.make ?? null,
    model: row.model ?? null,
    year: row.year ?? null,
    van_type: row.vanType as VanType,
    ownership: row.ownership as VanOwnership,
    lessor: row.lessor ?? null,
    ownership_start: row.ownershipStart ?? null,
    ownership_end: row.ownershipEnd ?? null,
    monthly_rate_cents: row.monthlyRateCents ?? null,
    odometer_miles: row.odometerMiles ?? null,
    odometer_at: row.odometerMiles === undefined ? null : now,
    telematics_id: row.telematicsId ?? null,
    camera_id: row.cameraId ?? null,
    status,
    status_reason: status === 'active' ? null : (row.statusReason ?? IMPORT_REASON),
    status_since: now,
  };
}
