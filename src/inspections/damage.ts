import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DamageRecordsTable } from '../db/schema.js';
import { requireFiles } from '../files/files.js';
import { findVan, type Van } from '../fleet/store.js';
import { findDriver } from '../people/store.js';
import {
  type DamageValues,
  deleteDamageRecord,
  deleteRepair,
  findDamageRecord,
  findRepair,
  insertDamageRecord,
  insertRepair,
  listRepairs,
  listVanDamage,
  type RepairValues,
  updateDamageRecord,
  updateRepair,
} from './damage-store.js';
import type { ClaimStatus, Severity } from './domain/damage.js';
import type { Panel } from './domain/panels.js';
import { type DamageView, damageViews } from './views.js';

export interface DamageInput {
  panels: Panel[];
  occurredAt: string;
  driverId?: string | null | undefined;
  description: string;
  severity: Severity;
  thirdParty?: boolean | undefined;
  thirdPartyDetails?: string | null | undefined;
  policeReport?: string | null | undefined;
  claimStatus?: ClaimStatus | undefined;
  costCents?: number | null | undefined;
  photoIds?: string[] | undefined;
  videoIds?: string[] | undefined;
}

export type DamagePatch = Partial<DamageInput>;

export interface RepairInput {
  repairedOn: string;
  vendor: string;
  costCents: number;
  note?: string | null | undefined;
  invoiceFileId?: string | null | undefined;
}

/** A van the actor may see; another org's or station's van is "not found". */
export async function visibleVan(db: Db, actor: Actor, vanId: string): Promise<Van> {
  const van = await findVan(db, actor.orgId, vanId);
  if (!van || !inStationScope(actor, van.stationId)) throw notFound('Van');
  return van;
}

export async function visibleDamage(db: Db, actor: Actor, id: string): Promise<DamageRecordsTable> {
  const row = await findDamageRecord(db, actor.orgId, id);
  if (!row || !inStationScope(actor, row.station_id)) throw notFound('Damage record');
  return row;
}

async function oneView(db: Db, orgId: string, row: DamageRecordsTable): Promise<DamageView> {
  const [view] = await damageViews(db, orgId, [row]);
  return view as DamageView;
}

export async function vanDamage(db: Db, actor: Actor, vanId: string): Promise<DamageView[]> {
  const van = await visibleVan(db, actor, vanId);
  return damageViews(db, actor.orgId, await listVanDamage(db, actor.orgId, van.id));
}

export async function damageDetail(db: Db, actor: Actor, id: string): Promise<DamageView> {
  return oneView(db, actor.orgId, await visibleDamage(db, actor, id));
}

/** The columns a request changes, with its files and DA checked, each problem named by its field. */
async function toValues(trx: Db, actor: Actor, input: DamagePatch): Promise<Partial<DamageValues>> {
  const v: Partial<DamageValues> = {};
  if (input.driverId) {
    if (!(await findDriver(trx, actor.orgId, input.driverId))) {
      throw badRequest('Unknown DA.', [{ path: 'driverId', message: 'Unknown DA.' }]);
    }
  }
  if (input.photoIds) await requireFiles(trx, actor, input.photoIds, 'photoIds', ['photo']);
  if (input.videoIds) await requireFiles(trx, actor, input.videoIds, 'videoIds', ['video']);
  if (input.panels) v.panels = JSON.stringify([...new Set(input.panels)]);
  if (input.occurredAt !== undefined) v.occurred_at = new Date(input.occurredAt).toISOString();
  if (input.driverId !== undefined) v.driver_id = input.driverId;
  if (input.description !== undefined) v.description = input.description.trim();
  if (input.severity !== undefined) v.severity = input.severity;
  if (input.thirdParty !== undefined) v.third_party = input.thirdParty ? 1 : 0;
  if (input.thirdPartyDetails !== undefined) v.third_party_details = input.thirdPartyDetails?.trim() || null;
  if (input.policeReport !== undefined) v.police_report = input.policeReport?.trim() || null;
  if (input.claimStatus !== undefined) v.claim_status = input.claimStatus;
  if (input.costCents !== undefined) v.cost_cents = input.costCents;
  if (input.photoIds !== undefined) v.photo_ids = JSON.stringify(input.photoIds);
  if (input.videoIds !== undefined) v.video_ids = JSON.stringify(input.videoIds);
  return v;
}

/** A damage or incident report a manager or dispatcher writes (issue 10). */
export async function createDamage(
  db: Db,
  actor: Actor,
  vanId: string,
  input: DamageInput,
): Promise<DamageView> {
  const van = await visibleVan(db, actor, vanId);
  return db.transaction().execute(async (trx) => {
    const values: DamageValues = {
      van_id: van.id,
      station_id: van.stationId,
      panels: '[]',
      occurred_at: input.occurredAt,
      driver_id: null,
      description: '',
      severity: input.severity,
      third_party: 0,
      third_party_details: null,
      police_report: null,
      claim_status: 'none',
      cost_cents: null,
      photo_ids: '[]',
      video_ids: '[]',
      source: 'manual',
      previous_inspection_id: null,
      inspection_id: null,
      attribution: null,
      attribution_kind: null,
      created_by: actor.label,
      ...(await toValues(trx, actor, input)),
    };
    const row = await insertDamageRecord(trx, actor.orgId, values);
    await recordAudit(trx, actor, { entity: 'damage', entityId: row.id, before: null, after: row });
    return oneView(trx, actor.orgId, row);
  });
}

/** Assesses or updates a record (severity, claim, cost, photos…); the inspections behind a found one stay. */
export async function changeDamage(
  db: Db,
  actor: Actor,
  id: string,
  patch: DamagePatch,
): Promise<DamageView> {
  return db.transaction().execute(async (trx) => {
    const before = await visibleDamage(trx, actor, id);
    await updateDamageRecord(trx, actor.orgId, id, await toValues(trx, actor, patch));
    const after = (await findDamageRecord(trx, actor.orgId, id)) as DamageRecordsTable;
    await recordAudit(trx, actor, { entity: 'damage', entityId: id, before, after });
    return oneView(trx, actor.orgId, after);
  });
}

/** Removes a record entered by mistake; one with repairs on file is history and stays. */
export async function removeDamage(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await visibleDamage(trx, actor, id);
    if ((await listRepairs(trx, actor.orgId, [id])).length > 0) {
      throw conflict('This damage has repairs on file; close its claim instead of deleting it.');
    }
    await deleteDamageRecord(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'damage', entityId: id, before, after: null });
  });
}

async function repairValues(
  trx: Db,
  actor: Actor,
  input: Partial<RepairInput>,
): Promise<Partial<RepairValues>> {
  if (input.invoiceFileId)
    await requireFiles(trx, actor, [input.invoiceFileId], 'invoiceFileId', ['document']);
  const v: Partial<RepairValues> = {};
  if (input.repairedOn !== undefined) v.repaired_on = input.repairedOn;
  if (input.vendor !== undefined) v.vendor = input.vendor.trim();
  if (input.costCents !== undefined) v.cost_cents = input.costCents;
  if (input.note !== undefined) v.note = input.note?.trim() || null;
  if (input.invoiceFileId !== undefined) v.invoice_file_id = input.invoiceFileId;
  return v;
}

export async function addRepair(
  db: Db,
  actor: Actor,
  damageId: string,
  input: RepairInput,
): Promise<DamageView> {
  return db.transaction().execute(async (trx) => {
    const damage = await visibleDamage(trx, actor, damageId);
    const values = {
      note: null,
      invoice_file_id: null,
      ...(await repairValues(trx, actor, input)),
    } as RepairValues;
    const row = await insertRepair(trx, actor.orgId, { ...values, damage_id: damage.id });
    await recordAudit(trx, actor, { entity: 'damage_repair', entityId: row.id, before: null, after: row });
    return oneView(trx, actor.orgId, damage);
  });
}

export async function changeRepair(
  db: Db,
  actor: Actor,
  damageId: string,
  repairId: string,
  patch: Partial<RepairInput>,
): Promise<DamageView> {
  return db.transaction().execute(async (trx) => {
    const damage = await visibleDamage(trx, actor, damageId);
    const before = await findRepair(trx, actor.orgId, damage.id, repairId);
    if (!before) throw notFound('Repair');
    await updateRepair(trx, actor.orgId, repairId, await repairValues(trx, actor, patch));
    const after = await findRepair(trx, actor.orgId, damage.id, repairId);
    await recordAudit(trx, actor, {
      entity: 'damage_repair',
      entityId: repairId,
      before,
      after: after ?? null,
    });
    return oneView(trx, actor.orgId, damage);
  });
}

export async function removeRepair(
  db: Db,
  actor: Actor,
  damageId: string,
  repairId: string,
): Promise<DamageView> {
  return db.transaction().execute(async (trx) => {
    const damage = await visibleDamage(trx, actor, damageId);
    const before = await findRepair(trx, actor.orgId, damage.id, repairId);
    if (!before) throw notFound('Repair');
    await deleteRepair(trx, actor.orgId, repairId);
    await recordAudit(trx, actor, { entity: 'damage_repair', entityId: repairId, before, after: null });
    return oneView(trx, actor.orgId, damage);
  });
}
