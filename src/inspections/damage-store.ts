import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import { quotedIn } from '../db/json-text.js';
import type { DamageRecordsTable, DamageRepairsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';

export type DamageValues = Omit<DamageRecordsTable, 'org_id' | 'id' | 'created_at' | 'updated_at'>;

/** Damage records in multi-row statements (the demo writes many): 22 columns, 400 rows a statement. */
export async function insertDamageRecords(db: Db, orgId: string, values: DamageValues[]) {
  const at = nowIso();
  const rows: DamageRecordsTable[] = values.map((v) => ({
    org_id: orgId,
    id: newId(),
    ...v,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < rows.length; i += 400) {
    await db
      .insertInto('damage_records')
      .values(rows.slice(i, i + 400))
      .execute();
  }
  return rows;
}

export async function insertDamageRecord(db: Db, orgId: string, v: DamageValues) {
  const [row] = await insertDamageRecords(db, orgId, [v]);
  return row as DamageRecordsTable;
}

export const findDamageRecord = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('damage_records')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

/** A van's damage, newest first. */
export const listVanDamage = (db: Db, orgId: string, vanId: string) =>
  db
    .selectFrom('damage_records')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('van_id', '=', vanId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

/** Damage an inspection found (compared with the van's inspection before it). */
export const listDamageFoundBy = (db: Db, orgId: string, inspectionId: string) =>
  db
    .selectFrom('damage_records')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('inspection_id', '=', inspectionId)
    .where('source', '=', 'inspection')
    .execute();

export async function updateDamageRecord(db: Db, orgId: string, id: string, patch: Partial<DamageValues>) {
  await db
    .updateTable('damage_records')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteDamageRecord(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('damage_records').where('org_id', '=', orgId).where('id', '=', id).execute();
}

// ---- repairs ---------------------------------------------------------------------------------------

export type RepairValues = Omit<DamageRepairsTable, 'org_id' | 'id' | 'created_at' | 'updated_at'>;

export async function insertRepair(db: Db, orgId: string, v: RepairValues): Promise<DamageRepairsTable> {
  const at = nowIso();
  const row: DamageRepairsTable = { org_id: orgId, id: newId(), ...v, created_at: at, updated_at: at };
  await db.insertInto('damage_repairs').values(row).execute();
  return row;
}

export const findRepair = (db: Db, orgId: string, damageId: string, id: string) =>
  db
    .selectFrom('damage_repairs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('damage_id', '=', damageId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Repairs of these damage records, oldest first. */
export async function listRepairs(db: Db, orgId: string, damageIds: readonly string[]) {
  if (damageIds.length === 0) return [];
  return db
    .selectFrom('damage_repairs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('damage_id', 'in', [...new Set(damageIds)])
    .orderBy('repaired_on')
    .orderBy('id')
    .execute();
}

export async function updateRepair(db: Db, orgId: string, id: string, patch: Partial<RepairValues>) {
  await db
    .updateTable('damage_repairs')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteRepair(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('damage_repairs').where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** How many damage records a van has. */
export const countDamageOfVan = (db: Db, orgId: string, vanId: string): Promise<number> =>
  countOf(db, 'damage_records', orgId, 'van_id', vanId);

/** Whether damage at one of `stationIds` keeps this file: a photo, a video or a repair's invoice. */
export async function damageKeepsFileIn(
  db: Db,
  orgId: string,
  fileId: string,
  stationIds: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('damage_records as d')
    .select('d.id')
    .where('d.org_id', '=', orgId)
    .where('d.station_id', 'in', [...stationIds])
    .where((eb) =>
      eb.or([
        eb('d.photo_ids', 'like', quotedIn(fileId)),
        eb('d.video_ids', 'like', quotedIn(fileId)),
        eb.exists(
          eb
            .selectFrom('damage_repairs as r')
            .select('r.id')
            .where('r.org_id', '=', orgId)
            .whereRef('r.damage_id', '=', 'd.id')
            .where('r.invoice_file_id', '=', fileId),
        ),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}
