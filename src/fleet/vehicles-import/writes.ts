import { type AuditChange, recordAudits } from '../../audit/store.js';
import type { Db } from '../../db/database.js';
import type { VanOwnership, VansTable } from '../../db/schema.js';
import type { AppliedRow, ImportScope } from '../../imports/domain/kind.js';
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
  const patch: Partial<VanValues> = {};
  for (const [k, v] of Object.entries(next) as [keyof VanValues, unknown][]) {
    if (v !== undefined && v !== before[k]) Object.assign(patch, { [k]: v });
  }
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
 * Upserts a batch of checked rows: new vans in multi-row inserts, changed ones one update each; then their
 * status history and audit rows in a few multi-row inserts, and the maintenance rule on the vans touched.
 */
export async function applyVans(
  trx: Db,
  scope: ImportScope,
  rows: VehicleImportRow[],
): Promise<AppliedRow[]> {
  const actor = { ...scope.actor, label: scope.auditLabel };
  // The check found each row's van on file, if any: only those are read, whole, for their audit and undo.
  const known = rows.flatMap((r) => (r.id ? [r.vin] : []));
  const byVin = new Map((await findVansByVins(trx, scope.orgId, known)).map((v) => [v.vin, v]));
  const now = nowIso();
  const toCreate: VanValues[] = [];
  type Plan = { create: number } | { before: VansTable; patch: Partial<VanValues> };
  const plans = rows.map((row): Plan => {
    const before = byVin.get(row.vin);
    if (before) return { before, patch: changesOf(row, before, now) };
    // prepare made sure a new van's row has a fleet number, type, ownership and station.
    const status = row.status ?? 'active';
    toCreate.push({
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
    });
    return { create: toCreate.length - 1 };
  });

  const created = await insertVans(trx, scope.orgId, toCreate);
  const history: StatusChangeValues[] = [];
  const change = (vanId: string, r: Pick<VansTable, 'status' | 'status_reason'>) =>
    history.push({
      vanId,
      status: r.status,
      reason: r.status_reason,
      source: 'import',
      changedBy: actor.label,
      changedByUserId: actor.userId,
      at: now,
    });
  const out: AppliedRow[] = [];
  const audits: AuditChange[] = [];
  for (const plan of plans) {
    if ('create' in plan) {
      const row = created[plan.create] as VansTable;
      change(row.id, row);
      audits.push({ entity: 'van', entityId: row.id, before: null, after: row });
      out.push({ outcome: 'created', entityId: row.id, before: null });
      continue;
    }
    const { before, patch } = plan;
    if (Object.keys(patch).length === 0) {
      out.push({ outcome: 'unchanged', entityId: before.id, before });
      continue;
    }
    await updateVan(trx, scope.orgId, before.id, patch);
    if (patch.status) change(before.id, { status: patch.status, status_reason: patch.status_reason ?? null });
    audits.push({ entity: 'van', entityId: before.id, before, after: { ...before, ...patch } });
    out.push({ outcome: 'updated', entityId: before.id, before });
  }
  await insertVanStatusChanges(trx, scope.orgId, history);
  await recordAudits(trx, actor, audits);
  const touched = out.filter((o) => o.outcome !== 'unchanged').map((o) => o.entityId);
  if (touched.length > 0) await enforceOverdueCritical(trx, scope.orgId, { vanIds: touched });
  return out;
}
