import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import { rowsOfDriversBetween } from '../db/drivers-between.js';
import { insertRows } from '../db/insert-rows.js';
import type {
  AvailabilityExceptionsTable,
  DriverAvailabilityTable,
  ShiftsTable,
  TimeOffRequestsTable,
  TimeOffStatus,
  WeekPlansTable,
} from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import type { AvailabilityException, AvailabilityPattern, TimeOff } from './domain/availability.js';
import { DEFAULT_RULES, DispatchRules } from './domain/rules.js';
import type { ShiftKind } from './domain/shift-checks.js';

// ---- rules -------------------------------------------------------------------------------------------

export async function findRules(db: Db, orgId: string): Promise<DispatchRules> {
  const row = await db
    .selectFrom('dispatch_settings')
    .select('rules')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  // A rule added after the org saved its settings takes its default.
  return row ? DispatchRules.parse({ ...DEFAULT_RULES, ...JSON.parse(row.rules) }) : DEFAULT_RULES;
}

export async function saveRules(db: Db, orgId: string, rules: DispatchRules, by: string): Promise<void> {
  const values = { rules: JSON.stringify(rules), updated_by: by, updated_at: nowIso() };
  await db
    .insertInto('dispatch_settings')
    .values({ org_id: orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
}

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

// ---- availability ------------------------------------------------------------------------------------

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

// ---- time off ----------------------------------------------------------------------------------------

export interface TimeOffRequest extends TimeOff {
  id: string;
  driverId: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export const toTimeOff = (r: TimeOffRequestsTable): TimeOffRequest => ({
  id: r.id,
  driverId: r.driver_id,
  firstDate: r.first_date,
  lastDate: r.last_date,
  status: r.status,
  reason: r.reason,
  requestedBy: r.requested_by,
  requestedAt: r.requested_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
});

export const findTimeOff = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('time_off_requests')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

/** Requests of some DAs (or all) overlapping a date range, optionally in one status. */
export function listTimeOff(
  db: Db,
  orgId: string,
  f: { driverIds?: readonly string[]; from?: string; to?: string; status?: TimeOffStatus },
) {
  if (f.driverIds?.length === 0) return Promise.resolve([] as TimeOffRequestsTable[]);
  let q = db.selectFrom('time_off_requests').selectAll().where('org_id', '=', orgId);
  if (f.driverIds) q = q.where('driver_id', 'in', f.driverIds);
  if (f.from) q = q.where('last_date', '>=', f.from);
  if (f.to) q = q.where('first_date', '<=', f.to);
  if (f.status) q = q.where('status', '=', f.status);
  return q.orderBy('first_date').orderBy('id').execute();
}

export async function insertTimeOff(
  db: Db,
  orgId: string,
  v: Omit<TimeOffRequestsTable, 'org_id' | 'id'>,
): Promise<TimeOffRequestsTable> {
  const row = { org_id: orgId, id: newId(), ...v };
  await db.insertInto('time_off_requests').values(row).execute();
  return row;
}

export async function updateTimeOff(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Omit<TimeOffRequestsTable, 'org_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('time_off_requests')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
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
