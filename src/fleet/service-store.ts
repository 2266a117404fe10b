import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import type { ServiceRecordsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';

export type ServiceValues = Omit<ServiceRecordsTable, 'org_id' | 'id' | 'created_at'>;

export async function insertServiceRecords(db: Db, orgId: string, values: ServiceValues[]) {
  const at = nowIso();
  const rows: ServiceRecordsTable[] = values.map((v) => ({
    org_id: orgId,
    id: newId(),
    ...v,
    created_at: at,
  }));
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('service_records')
      .values(rows.slice(i, i + 500))
      .execute();
  }
  return rows;
}

/** A van's service records, newest work first. */
export const listServiceRecordRows = (db: Db, orgId: string, vanId: string) =>
  db
    .selectFrom('service_records')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('van_id', '=', vanId)
    .orderBy('service_date', 'desc')
    .orderBy('odometer_miles', 'desc')
    .orderBy('id', 'desc')
    .execute();

/** Whether a service record of a van of one of `stationIds` has this file as its invoice. */
export async function serviceKeepsFileIn(
  db: Db,
  orgId: string,
  fileId: string,
  stationIds: readonly string[],
): Promise<boolean> {
  const row = await db
    .selectFrom('service_records')
    .innerJoin('vans', (j) =>
      j.onRef('vans.org_id', '=', 'service_records.org_id').onRef('vans.id', '=', 'service_records.van_id'),
    )
    .select('service_records.id')
    .where('service_records.org_id', '=', orgId)
    .where('service_records.invoice_file_id', '=', fileId)
    .where('vans.station_id', 'in', [...stationIds])
    .executeTakeFirst();
  return row !== undefined;
}

/** The scheduled services of many vans (what the due count needs), in one query. */
export async function listScheduledServices(db: Db, orgId: string, vanIds: string[]) {
  if (vanIds.length === 0) return [];
  return db
    .selectFrom('service_records')
    .select(['van_id', 'schedule_id', 'service_date', 'odometer_miles'])
    .where('org_id', '=', orgId)
    .where('van_id', 'in', vanIds)
    .where('schedule_id', 'is not', null)
    .execute();
}

export const countServiceRecordsOfVan = (db: Db, orgId: string, vanId: string): Promise<number> =>
  countOf(db, 'service_records', orgId, 'van_id', vanId);

export const countServiceRecordsOfSchedule = async (db: Db, orgId: string, scheduleId: string) => {
  const r = await db
    .selectFrom('service_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('schedule_id', '=', scheduleId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
};
