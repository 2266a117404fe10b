import type { Db } from '../db/database.js';
import { rowsOfDriversBetween } from '../db/drivers-between.js';
import type { AvailabilityExceptionsTable, DriverAvailabilityTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import type { AvailabilityException, AvailabilityPattern } from './domain/availability.js';

// When each DA can work: the weekly pattern and dated exceptions to it.

export const toPattern = (r: DriverAvailabilityTable): AvailabilityPattern => ({
  weekdays: JSON.parse(r.weekdays) as boolean[],
  preferredWeekdays: JSON.parse(r.preferred_weekdays) as boolean[],
  wantsDays: r.wants_days,
});

export const listPatterns = (db: Db, orgId: string, driverIds: readonly string[]) =>
  driverIds.length === 0
    ? Promise.resolve([] as DriverAvailabilityTable[])
    : db
        .selectFrom('driver_availability')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('driver_id', 'in', driverIds)
        .execute();

export async function savePattern(
  db: Db,
  orgId: string,
  driverId: string,
  p: AvailabilityPattern & { note: string | null },
  by: string,
): Promise<DriverAvailabilityTable> {
  const values = {
    weekdays: JSON.stringify(p.weekdays),
    preferred_weekdays: JSON.stringify(p.preferredWeekdays),
    wants_days: p.wantsDays,
    note: p.note,
    updated_by: by,
    updated_at: nowIso(),
  };
  await db
    .insertInto('driver_availability')
    .values({ org_id: orgId, driver_id: driverId, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'driver_id']).doUpdateSet(values))
    .execute();
  return { org_id: orgId, driver_id: driverId, ...values };
}

export const toException = (r: AvailabilityExceptionsTable): AvailabilityException & { id: string } => ({
  id: r.id,
  date: r.business_date,
  available: r.available === 1,
  note: r.note,
});

export const listExceptions = (
  db: Db,
  orgId: string,
  driverIds: readonly string[],
  from: string,
  to: string,
) =>
  rowsOfDriversBetween(db, 'availability_exceptions', 'business_date', { orgId, driverIds, from, to }, [
    'business_date',
  ]);

export async function upsertException(
  db: Db,
  orgId: string,
  v: Omit<AvailabilityExceptionsTable, 'org_id' | 'id' | 'created_at'>,
): Promise<AvailabilityExceptionsTable> {
  const existing = await db
    .selectFrom('availability_exceptions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', v.driver_id)
    .where('business_date', '=', v.business_date)
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('availability_exceptions')
      .set({ available: v.available, note: v.note, created_by: v.created_by })
      .where('org_id', '=', orgId)
      .where('id', '=', existing.id)
      .execute();
    return { ...existing, available: v.available, note: v.note, created_by: v.created_by };
  }
  const row = { org_id: orgId, id: newId(), ...v, created_at: nowIso() };
  await db.insertInto('availability_exceptions').values(row).execute();
  return row;
}

export const findException = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('availability_exceptions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function deleteException(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('availability_exceptions').where('org_id', '=', orgId).where('id', '=', id).execute();
}
