import type { Db } from '../db/database.js';
import type { MoneyRatesTable } from '../db/schema.js';

// The station's rate card: what Amazon pays for each line, from the day it is in force. Scoped by org.

export const listRates = (db: Db, orgId: string, stationId: string) =>
  db
    .selectFrom('money_rates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .orderBy('item')
    .orderBy('variant')
    .orderBy('block_hours')
    .orderBy('effective_from')
    .execute();

export const findRate = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('money_rates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export const findRateLine = (
  db: Db,
  orgId: string,
  r: Pick<MoneyRatesTable, 'station_id' | 'item' | 'variant' | 'block_hours' | 'effective_from'>,
) =>
  db
    .selectFrom('money_rates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', r.station_id)
    .where('item', '=', r.item)
    .where('variant', '=', r.variant)
    .where('block_hours', '=', r.block_hours)
    .where('effective_from', '=', r.effective_from)
    .executeTakeFirst();

export async function insertRate(db: Db, row: MoneyRatesTable): Promise<void> {
  await db.insertInto('money_rates').values(row).execute();
}

export async function updateRate(db: Db, orgId: string, id: string, patch: Partial<MoneyRatesTable>) {
  await db.updateTable('money_rates').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function deleteRate(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('money_rates').where('org_id', '=', orgId).where('id', '=', id).execute();
}
