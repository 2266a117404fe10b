import type { Db } from '../db/database.js';
import type {
  PayPeriodExportsTable,
  PayPeriodsTable,
  PayPeriodTotalsTable,
  PayrollSettingsTable,
} from '../db/schema.js';

// The pay periods' queries, each scoped by org.

export const findPayrollSettings = (db: Db, orgId: string) =>
  db.selectFrom('payroll_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();

export async function savePayrollSettings(db: Db, row: PayrollSettingsTable): Promise<void> {
  await db
    .insertInto('payroll_settings')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('org_id')
        .doUpdateSet({ settings: row.settings, updated_by: row.updated_by, updated_at: row.updated_at }),
    )
    .execute();
}

export const listStoredPeriods = (db: Db, orgId: string, starts: readonly string[]) =>
  starts.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('pay_periods')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('start_date', 'in', [...starts])
        .execute();

export const findPeriodByStart = (db: Db, orgId: string, start: string) =>
  db
    .selectFrom('pay_periods')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('start_date', '=', start)
    .executeTakeFirst();

export const findPeriod = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('pay_periods')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function insertPeriod(db: Db, row: PayPeriodsTable): Promise<void> {
  await db.insertInto('pay_periods').values(row).execute();
}

export async function updatePeriod(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<Omit<PayPeriodsTable, 'org_id' | 'id'>>,
): Promise<void> {
  await db.updateTable('pay_periods').set(set).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Open exceptions of workdays in [from, to], by station (null: every station). */
export async function countOpenExceptions(
  db: Db,
  orgId: string,
  from: string,
  to: string,
  stationIds: readonly string[] | null,
): Promise<number> {
  let q = db
    .selectFrom('payroll_exceptions')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('org_id', '=', orgId)
    .where('status', '=', 'open')
    .where('workday', '>=', from)
    .where('workday', '<=', to);
  if (stationIds) q = q.where('station_id', 'in', stationIds.length > 0 ? [...stationIds] : ['']);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/** Every punch of workdays in [from, to] of DAs known to the org, by DA then time. */
export const listOrgPunches = (db: Db, orgId: string, from: string, to: string) =>
  db
    .selectFrom('punches')
    .select(['id', 'driver_id', 'kind', 'at', 'corrects_id'])
    .where('org_id', '=', orgId)
    .where('driver_id', 'is not', null)
    .where('workday', '>=', from)
    .where('workday', '<=', to)
    .orderBy('driver_id')
    .orderBy('at')
    .orderBy('created_at')
    .execute();

/** Premiums a close in [.., to] pays: unpaid ones of workdays up to its last day. */
export const listUnpaidPremiums = (db: Db, orgId: string, to: string) =>
  db
    .selectFrom('payroll_premiums')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('paid_at', 'is', null)
    .where('workday', '<=', to)
    .execute();

export async function markPremiumsPaid(
  db: Db,
  orgId: string,
  ids: readonly string[],
  periodId: string,
  at: string,
) {
  if (ids.length > 0)
    await db
      .updateTable('payroll_premiums')
      .set({ paid_at: at, paid_period_id: periodId })
      .where('org_id', '=', orgId)
      .where('id', 'in', [...ids])
      .execute();
}

/** A reopened period's premiums are owed again until it closes again; returns them as they were. */
export async function unmarkPremiumsPaid(db: Db, orgId: string, periodId: string) {
  const paid = await db
    .selectFrom('payroll_premiums')
    .select(['id', 'paid_at'])
    .where('org_id', '=', orgId)
    .where('paid_period_id', '=', periodId)
    .execute();
  await db
    .updateTable('payroll_premiums')
    .set({ paid_at: null, paid_period_id: null })
    .where('org_id', '=', orgId)
    .where('paid_period_id', '=', periodId)
    .execute();
  return paid;
}

export async function insertTotals(db: Db, rows: readonly PayPeriodTotalsTable[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('pay_period_totals')
      .values([...rows])
      .execute();
}

export async function deleteTotals(db: Db, orgId: string, periodId: string): Promise<void> {
  await db
    .deleteFrom('pay_period_totals')
    .where('org_id', '=', orgId)
    .where('period_id', '=', periodId)
    .execute();
}

export const listTotals = (db: Db, orgId: string, periodIds: readonly string[]) =>
  periodIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('pay_period_totals')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('period_id', 'in', [...periodIds])
        .orderBy('driver_id')
        .orderBy('pay_code')
        .execute();

export async function insertExport(db: Db, row: PayPeriodExportsTable): Promise<void> {
  await db.insertInto('pay_period_exports').values(row).execute();
}

/** A period's exports, newest first, without their bytes. */
export const listExports = (db: Db, orgId: string, periodId: string) =>
  db
    .selectFrom('pay_period_exports')
    .select(['id', 'period_id', 'provider', 'file_name', 'sha256', 'bytes', 'created_by', 'created_at'])
    .where('org_id', '=', orgId)
    .where('period_id', '=', periodId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export const findExport = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('pay_period_exports')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();
