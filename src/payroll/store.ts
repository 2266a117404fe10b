import { countOf } from '../db/count.js';
import type { Db } from '../db/database.js';
import { rowsOfDriversBetween } from '../db/drivers-between.js';
import type {
  PayrollExceptionStatus,
  PayrollExceptionsTable,
  PayrollPremiumsTable,
  PayrollStationSettingsTable,
  PunchesTable,
} from '../db/schema.js';
import { nowIso } from '../shared/ids.js';

// The payroll slice's queries, each scoped by org.

export const findPunch = (db: Db, orgId: string, id: string) =>
  db.selectFrom('punches').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export const findPunchByClientId = (db: Db, orgId: string, driverId: string, clientId: string) =>
  db
    .selectFrom('punches')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();

export async function insertPunch(db: Db, row: PunchesTable): Promise<void> {
  await insertPunches(db, [row]);
}

/** Many punches (an import's batch) in one multi-row insert. */
export async function insertPunches(db: Db, rows: readonly PunchesTable[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('punches')
      .values([...rows])
      .execute();
}

/** The DA's latest punch in at or before an instant and after `since`: the workday a later punch joins. */
export const findLastIn = (db: Db, orgId: string, driverId: string, since: string, at: string) =>
  db
    .selectFrom('punches')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('kind', '=', 'in')
    .where('at', '>', since)
    .where('at', '<=', at)
    .orderBy('at', 'desc')
    .executeTakeFirst();

/** A DA's punches of workdays in [from, to], in time order, corrected ones included. */
export const listDriverPunches = (db: Db, orgId: string, driverId: string, from: string, to: string) =>
  db
    .selectFrom('punches')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('workday', '>=', from)
    .where('workday', '<=', to)
    .orderBy('at')
    .orderBy('created_at')
    .execute();

/** Some DAs' punches of workdays in [from, to] at any station, in time order, corrected ones included. */
export const listPunchesOfDrivers = (
  db: Db,
  orgId: string,
  driverIds: readonly string[],
  from: string,
  to: string,
) => rowsOfDriversBetween(db, 'punches', 'workday', { orgId, driverIds, from, to }, ['at', 'created_at']);

/** A station's punches of workdays in [from, to], by DA then time, corrected ones included. */
export const listStationPunches = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('punches')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('workday', '>=', from)
    .where('workday', '<=', to)
    .orderBy('driver_id')
    .orderBy('at')
    .orderBy('created_at')
    .execute();

export const findStationLocation = (db: Db, orgId: string, stationId: string) =>
  db
    .selectFrom('payroll_station_settings')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .executeTakeFirst();

export async function saveStationLocation(db: Db, row: PayrollStationSettingsTable): Promise<void> {
  await db
    .insertInto('payroll_station_settings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['org_id', 'station_id']).doUpdateSet({
        latitude: row.latitude,
        longitude: row.longitude,
        radius_meters: row.radius_meters,
        updated_by: row.updated_by,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export const findException = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('payroll_exceptions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export interface ExceptionFilter {
  stationId: string;
  date?: string | undefined;
  /** Workdays in [from, to] (a week), instead of one date. */
  from?: string | undefined;
  to?: string | undefined;
  status?: PayrollExceptionStatus | undefined;
}

export function listExceptions(db: Db, orgId: string, f: ExceptionFilter) {
  let q = db
    .selectFrom('payroll_exceptions')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', f.stationId);
  if (f.date) q = q.where('workday', '=', f.date);
  if (f.from) q = q.where('workday', '>=', f.from);
  if (f.to) q = q.where('workday', '<=', f.to);
  if (f.status) q = q.where('status', '=', f.status);
  return q.orderBy('workday', 'desc').orderBy('driver_id').orderBy('kind').execute();
}

export async function insertException(db: Db, row: PayrollExceptionsTable): Promise<void> {
  await db.insertInto('payroll_exceptions').values(row).execute();
}

export async function updateException(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<Omit<PayrollExceptionsTable, 'org_id' | 'id'>>,
): Promise<void> {
  await db
    .updateTable('payroll_exceptions')
    .set(set)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export async function deleteException(db: Db, orgId: string, id: string): Promise<void> {
  await db.deleteFrom('payroll_exceptions').where('org_id', '=', orgId).where('id', '=', id).execute();
}

export async function insertPremium(db: Db, row: PayrollPremiumsTable): Promise<void> {
  await db.insertInto('payroll_premiums').values(row).execute();
}

export const listPremiums = (db: Db, orgId: string, driverId: string) =>
  db
    .selectFrom('payroll_premiums')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .orderBy('workday')
    .orderBy('created_at')
    .execute();

/** A station's premiums owed for workdays between two dates, paid or not (the risk ledger reads them). */
export const listStationPremiums = (db: Db, orgId: string, stationId: string, from: string, to: string) =>
  db
    .selectFrom('payroll_premiums')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('workday', '>=', from)
    .where('workday', '<=', to)
    .execute();

/** How many punches a DA has: their time records keep them from being deleted. */
export const countPunchesOfDriver = (db: Db, orgId: string, driverId: string): Promise<number> =>
  countOf(db, 'punches', orgId, 'driver_id', driverId);

/** Punches already imported for these employee numbers, to store a re-imported one once. */
export const findImportedPunches = (db: Db, orgId: string, employeeNumbers: readonly string[]) =>
  employeeNumbers.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('punches')
        .select(['employee_number', 'kind', 'at'])
        .where('org_id', '=', orgId)
        .where('source', '=', 'import')
        .where('employee_number', 'in', [...new Set(employeeNumbers)])
        .execute();

export async function deletePunches(db: Db, orgId: string, ids: readonly string[]): Promise<void> {
  await db.deleteFrom('punches').where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

/** The workdays an import stored punches on. */
export const listImportWorkdays = async (db: Db, orgId: string, importId: string): Promise<string[]> =>
  (
    await db
      .selectFrom('punches')
      .select('workday')
      .distinct()
      .where('org_id', '=', orgId)
      .where('import_id', '=', importId)
      .orderBy('workday')
      .execute()
  ).map((r) => r.workday);

export const listEmployeeNumbers = (db: Db, orgId: string) =>
  db
    .selectFrom('payroll_employee_numbers')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('name')
    .orderBy('employee_number')
    .execute();

/**
 * Remembers each employee number of an import with its name, and the DA it matched when none was
 * remembered: a number once matched keeps its DA even if a later file's name differs.
 */
export async function rememberEmployeeNumbers(
  db: Db,
  orgId: string,
  people: readonly { employeeNumber: string; name: string; driverId: string | null }[],
): Promise<void> {
  const byNumber = new Map(people.map((p) => [p.employeeNumber, p]));
  const now = nowIso();
  for (const p of byNumber.values())
    await db
      .insertInto('payroll_employee_numbers')
      .values({
        org_id: orgId,
        employee_number: p.employeeNumber,
        driver_id: p.driverId,
        name: p.name,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['org_id', 'employee_number'])
          .doUpdateSet({ driver_id: p.driverId, updated_at: now })
          .where('payroll_employee_numbers.driver_id', 'is', null),
      )
      .execute();
}

/** Links an employee number to a DA: the mapping and every punch imported under it. */
export async function linkEmployeeNumber(db: Db, orgId: string, employeeNumber: string, driverId: string) {
  const now = nowIso();
  await db
    .updateTable('payroll_employee_numbers')
    .set({ driver_id: driverId, updated_at: now })
    .where('org_id', '=', orgId)
    .where('employee_number', '=', employeeNumber)
    .execute();
  await db
    .updateTable('punches')
    .set({ driver_id: driverId })
    .where('org_id', '=', orgId)
    .where('employee_number', '=', employeeNumber)
    .execute();
}

export const findEmployeeNumber = (db: Db, orgId: string, employeeNumber: string) =>
  db
    .selectFrom('payroll_employee_numbers')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('employee_number', '=', employeeNumber)
    .executeTakeFirst();

/** The station workdays an employee number's imported punches fall on. */
export const listEmployeePunchDays = (db: Db, orgId: string, employeeNumber: string) =>
  db
    .selectFrom('punches')
    .select(['station_id', 'workday'])
    .distinct()
    .where('org_id', '=', orgId)
    .where('employee_number', '=', employeeNumber)
    .orderBy('workday')
    .execute();
