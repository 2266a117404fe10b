import type { Db } from '../db/database.js';

// The money slice's fleet-bill queries (issue 16 item 5), each scoped by org.

export const FLEET_KINDS = ['fixed-monthly', 'afs', 'fleet-invoice'] as const;
export type FleetKind = (typeof FLEET_KINDS)[number];

/** A station's fleet files of a kind, oldest first, so a later file of the same month replaces an earlier one. */
export const listFleetFiles = (db: Db, orgId: string, stationId: string, kinds: readonly FleetKind[]) =>
  db
    .selectFrom('money_files')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('kind', 'in', [...kinds])
    .orderBy('imported_at')
    .orderBy('id')
    .execute();

export const listFleetRowsOfFiles = (db: Db, orgId: string, fileIds: readonly string[]) =>
  fileIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('money_fleet_rows')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('file_id', 'in', [...fileIds])
        .orderBy('file_id')
        .orderBy('row')
        .execute();

/** Links a billed van no VIN or plate matched (in a station's lessor files) to one of our vans. */
export async function linkFleetRows(
  db: Db,
  orgId: string,
  fileIds: readonly string[],
  key: { vin: string | null; plate: string | null },
  vanId: string,
): Promise<number> {
  if (fileIds.length === 0) return 0;
  let q = db
    .updateTable('money_fleet_rows')
    .set({ van_id: vanId })
    .where('org_id', '=', orgId)
    .where('file_id', 'in', [...fileIds])
    .where('van_id', 'is', null);
  q = key.vin ? q.where('vin', '=', key.vin) : q.where('vin', 'is', null);
  q = key.plate ? q.where('plate', '=', key.plate) : q.where('plate', 'is', null);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A station's open fleet discrepancies, replaced each time its fleet bills are checked again. */
export async function deleteOpenFleetDiscrepancies(db: Db, orgId: string, stationId: string): Promise<void> {
  await db
    .deleteFrom('money_discrepancies')
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('status', '=', 'open')
    .where('kind', 'like', 'fleet-%')
    .execute();
}

/** A station's fleet discrepancies whatever their status, by day. */
export const listFleetDiscrepancies = (db: Db, orgId: string, stationId: string) =>
  db
    .selectFrom('money_discrepancies')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('kind', 'like', 'fleet-%')
    .orderBy('date')
    .orderBy('id')
    .execute();
