import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import { rowsOfDriversBetween } from '../db/drivers-between.js';
import { insertRows } from '../db/insert-rows.js';
import type { ShiftsTable, WeekPlansTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import type { ShiftKind } from './domain/shift-checks.js';

// The week's schedule: each DA's shifts, and each station's week plan (demand, publishing).

// ---- shifts ------------------------------------------------------------------------------------------

export interface Shift {
  id: string;
  stationId: string;
  driverId: string;
  date: string;
  kind: ShiftKind;
  startTime: string;
  minutes: number;
  status: ShiftsTable['status'];
  source: string;
  note: string | null;
  publishedAt: string | null;
  confirmedAt: string | null;
  checkedInAt: string | null;
  attendanceEventId: string | null;
  updatedAt: string;
}

export const toShift = (r: ShiftsTable): Shift => ({
  id: r.id,
  stationId: r.station_id,
  driverId: r.driver_id,
  date: r.business_date,
  kind: r.kind,
  startTime: r.start_time,
  minutes: r.minutes,
  status: r.status,
  source: r.source,
  note: r.note,
  publishedAt: r.published_at,
  confirmedAt: r.confirmed_at,
  checkedInAt: r.checked_in_at,
  attendanceEventId: r.attendance_event_id,
  updatedAt: r.updated_at,
});

export type ShiftValues = Omit<ShiftsTable, 'org_id' | 'id' | 'created_at' | 'updated_at'>;

export const findShift = (db: Db, orgId: string, id: string) =>
  db.selectFrom('shifts').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export const findShiftOn = (db: Db, orgId: string, driverId: string, date: string) =>
  db
    .selectFrom('shifts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('business_date', '=', date)
    .executeTakeFirst();

/** A station's shifts between two dates (inclusive). */
export const listStationShifts = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('shifts')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .orderBy('business_date')
    .execute();

/** Some DAs' shifts between two dates (inclusive), at any station. */
export const listDriverShifts = (
  db: Db,
  orgId: string,
  driverIds: readonly string[],
  from: string,
  to: string,
) => rowsOfDriversBetween(db, 'shifts', 'business_date', { orgId, driverIds, from, to }, ['business_date']);

export async function insertShifts(db: Db, orgId: string, values: ShiftValues[]): Promise<ShiftsTable[]> {
  const at = nowIso();
  const rows = values.map((v) => ({ org_id: orgId, id: newId(), ...v, created_at: at, updated_at: at }));
  await insertRows(db, 'shifts', rows);
  return rows;
}

export async function updateShift(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<ShiftValues>,
): Promise<void> {
  await db
    .updateTable('shifts')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteShifts(db: Db, orgId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('shifts').where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

/** Marks every unpublished shift of a station's week published; returns the ids it marked. */
export async function publishShifts(db: Db, orgId: string, stationId: string, from: string, to: string) {
  const at = nowIso();
  const rows = await db
    .updateTable('shifts')
    .set({ published_at: at, updated_at: at })
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .where('published_at', 'is', null)
    .returningAll()
    .execute();
  return rows;
}

// ---- week plans --------------------------------------------------------------------------------------

export const findWeekPlan = (db: Db, orgId: string, stationId: string, weekStart: string) =>
  db
    .selectFrom('week_plans')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('week_start', '=', weekStart)
    .executeTakeFirst();

export async function saveWeekPlan(
  db: Db,
  orgId: string,
  v: Omit<WeekPlansTable, 'org_id' | 'updated_at'>,
): Promise<void> {
  const values = {
    demand: v.demand,
    published_at: v.published_at,
    published_by: v.published_by,
    updated_by: v.updated_by,
    updated_at: nowIso(),
  };
  await db
    .insertInto('week_plans')
    .values({ org_id: orgId, station_id: v.station_id, week_start: v.week_start, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'station_id', 'week_start']).doUpdateSet(values))
    .execute();
}

/** How many shifts a DA has been given. */
export const countShiftsOfDriver = (db: Db, orgId: string, driverId: string): Promise<number> =>
  countOf(db, 'shifts', orgId, 'driver_id', driverId);
