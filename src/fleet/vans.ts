import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { VanOwnership, VanStatus, VansTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import type { VanType } from '../shared/vans.js';
import { findStation } from '../tenancy/store.js';
import { type Issue, ownershipIssues, statusChangeIssues } from './domain/van.js';
import { blockingMaintenance, enforceOverdueCritical } from './enforce.js';
import { ensureFleetDefaults } from './schedules.js';
import {
  findVanByFleetNumber,
  findVanByVin,
  findVanRow,
  insertVan,
  insertVanStatusChanges,
  toVan,
  updateVan,
  type Van,
  type VanValues,
} from './store.js';

export interface VanInput {
  stationId: string;
  fleetNumber: string;
  vin: string;
  plate?: string | null;
  plateState?: string | null;
  make?: string | null;
  model?: string | null;
  year?: number | null;
  vanType: VanType;
  ownership: VanOwnership;
  lessor?: string | null;
  ownershipStart?: string | null;
  ownershipEnd?: string | null;
  monthlyRateCents?: number | null;
  odometerMiles?: number | null;
  telematicsId?: string | null;
  cameraId?: string | null;
}

export type VanPatch = Partial<VanInput>;

const refuse = (issues: Issue[]) => {
  if (issues.length > 0) throw badRequest(issues[0]?.message ?? 'Invalid van.', issues);
};

async function stationInScope(db: Db, actor: Actor, stationId: string) {
  const station = await findStation(db, actor.orgId, stationId);
  if (!station || !inStationScope(actor, station.id)) {
    throw badRequest('Unknown station.', [{ path: 'stationId', message: 'Unknown station.' }]);
  }
  return station;
}

/** Fleet numbers and VINs are unique in an org; say which one clashes, and with which van. */
async function checkUnique(db: Db, orgId: string, v: { vin?: string; fleetNumber?: string }, self?: string) {
  if (v.vin) {
    const other = await findVanByVin(db, orgId, v.vin);
    if (other && other.id !== self)
      throw conflict(`VIN ${v.vin} is already van ${other.fleet_number}.`, 'vin');
  }
  if (v.fleetNumber) {
    const other = await findVanByFleetNumber(db, orgId, v.fleetNumber);
    if (other && other.id !== self) {
      throw conflict(
        `Fleet number ${v.fleetNumber} is already used by the van with VIN ${other.vin}.`,
        'fleetNumber',
      );
    }
  }
}

function toValues(input: VanPatch, at: string): Partial<VanValues> {
  const v: Partial<VanValues> = {};
  const set = <K extends keyof VanValues>(k: K, value: VanValues[K] | undefined) => {
    if (value !== undefined) v[k] = value;
  };
  set('station_id', input.stationId);
  set('fleet_number', input.fleetNumber);
  set('vin', input.vin);
  set('plate', input.plate);
  set('plate_state', input.plateState);
  set('make', input.make);
  set('model', input.model);
  set('year', input.year);
  set('van_type', input.vanType);
  set('ownership', input.ownership);
  set('lessor', input.lessor);
  set('ownership_start', input.ownershipStart);
  set('ownership_end', input.ownershipEnd);
  set('monthly_rate_cents', input.monthlyRateCents);
  if (input.odometerMiles !== undefined) {
    v.odometer_miles = input.odometerMiles;
    v.odometer_at = input.odometerMiles === null ? null : at;
  }
  set('telematics_id', input.telematicsId);
  set('camera_id', input.cameraId);
  return v;
}

const termsOf = (r: Pick<VansTable, 'ownership' | 'lessor' | 'ownership_start' | 'ownership_end'>) => ({
  ownership: r.ownership,
  lessor: r.lessor,
  ownershipStart: r.ownership_start,
  ownershipEnd: r.ownership_end,
});

/** Adds a van to the fleet, on the road (active) from now. */
export async function createVan(db: Db, actor: Actor, input: VanInput): Promise<Van> {
  await stationInScope(db, actor, input.stationId);
  const at = nowIso();
  const values: VanValues = {
    station_id: input.stationId,
    fleet_number: input.fleetNumber,
    vin: input.vin,
    plate: null,
    plate_state: null,
    make: null,
    model: null,
    year: null,
    van_type: input.vanType,
    ownership: input.ownership,
    lessor: null,
    ownership_start: null,
    ownership_end: null,
    monthly_rate_cents: null,
    odometer_miles: null,
    odometer_at: null,
    telematics_id: null,
    camera_id: null,
    status: 'active',
    status_reason: null,
    status_since: at,
    ...toValues(input, at),
  };
  refuse(ownershipIssues(termsOf(values)));
  return db.transaction().execute(async (trx) => {
    await checkUnique(trx, actor.orgId, input);
    await ensureFleetDefaults(trx, actor.orgId);
    const row = await insertVan(trx, actor.orgId, values);
    await insertVanStatusChanges(trx, actor.orgId, [
      {
        vanId: row.id,
        status: 'active',
        reason: null,
        source: 'manual',
        changedBy: actor.label,
        changedByUserId: actor.userId,
        at,
      },
    ]);
    await recordAudit(trx, actor, { entity: 'van', entityId: row.id, before: null, after: row });
    await enforceOverdueCritical(trx, actor.orgId, { vanIds: [row.id] });
    return toVan((await findVanRow(trx, actor.orgId, row.id)) as VansTable);
  });
}

/** Loads a van the actor may see; another org's or station's van is "not found". */
export async function visibleVan(db: Db, actor: Actor, id: string): Promise<VansTable> {
  const row = await findVanRow(db, actor.orgId, id);
  if (!row || !inStationScope(actor, row.station_id)) throw notFound('Van');
  return row;
}

/**
 * Changes a van's record. A manager may also correct the odometer downwards here (a mistyped
 * reading); readings from inspections and telematics only ever move it forward (recordOdometer).
 */
export async function changeVan(db: Db, actor: Actor, id: string, patch: VanPatch): Promise<Van> {
  if (patch.stationId) await stationInScope(db, actor, patch.stationId);
  return db.transaction().execute(async (trx) => {
    const before = await visibleVan(trx, actor, id);
    await checkUnique(trx, actor.orgId, patch, id);
    const values = toValues(patch, nowIso());
    refuse(ownershipIssues(termsOf({ ...before, ...values })));
    await updateVan(trx, actor.orgId, id, values);
    const after = (await findVanRow(trx, actor.orgId, id)) as VansTable;
    await recordAudit(trx, actor, { entity: 'van', entityId: id, before, after });
    await enforceOverdueCritical(trx, actor.orgId, { vanIds: [id] });
    return toVan((await findVanRow(trx, actor.orgId, id)) as VansTable);
  });
}

/** Puts a van on or off the road by hand; off the road needs a reason, and the history keeps it. */
export async function changeVanStatus(
  db: Db,
  actor: Actor,
  id: string,
  change: { status: VanStatus; reason?: string | null },
): Promise<Van> {
  return db.transaction().execute(async (trx) => {
    const before = await visibleVan(trx, actor, id);
    const reason = change.reason?.trim() || null;
    const issues = statusChangeIssues(before.status, change.status, reason);
    if (issues[0]?.path === 'status') throw conflict(issues[0].message, 'status');
    refuse(issues);
    if (change.status === 'active') {
      const blocking = await blockingMaintenance(trx, actor.orgId, toVan(before));
      if (blocking.length > 0) {
        throw conflict(
          `${blocking.map((i) => i.name).join(', ')} overdue: record the service first (the org grounds vans with overdue critical maintenance).`,
          'status',
        );
      }
    }
    const at = nowIso();
    await updateVan(trx, actor.orgId, id, { status: change.status, status_reason: reason, status_since: at });
    await insertVanStatusChanges(trx, actor.orgId, [
      {
        vanId: id,
        status: change.status,
        reason,
        source: 'manual',
        changedBy: actor.label,
        changedByUserId: actor.userId,
        at,
      },
    ]);
    const after = (await findVanRow(trx, actor.orgId, id)) as VansTable;
    await recordAudit(trx, actor, { entity: 'van', entityId: id, before, after });
    return toVan(after);
  });
}
