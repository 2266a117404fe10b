import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { MoneyDiscrepanciesTable, MoneyDisputesTable } from '../db/schema.js';
import type { ShownStatus } from './domain/summary.js';

// The discrepancies the weekly checks find, and the disputes that claim them back from Amazon. Each
// query scoped by org.

// Discrepancies

export interface DiscrepancyFilter {
  stationIds: readonly string[] | null;
  stationId?: string | undefined;
  weekStart?: string | undefined;
  /** `open`: still disputable on `today`; `window_closed`: open and past it. */
  status?: ShownStatus | undefined;
  kind?: string | undefined;
  today?: string | undefined;
}

export const listDiscrepancies = (db: Db, orgId: string, f: DiscrepancyFilter) => {
  let q = db.selectFrom('money_discrepancies').selectAll().where('org_id', '=', orgId);
  if (f.stationIds) q = q.where('station_id', 'in', f.stationIds.length > 0 ? [...f.stationIds] : ['']);
  if (f.stationId) q = q.where('station_id', '=', f.stationId);
  if (f.weekStart) q = q.where('week_start', '=', f.weekStart);
  const today = f.today ?? '0000-01-01';
  if (f.status === 'window_closed') q = q.where('status', '=', 'open').where('deadline', '<', today);
  else if (f.status === 'open') q = q.where('status', '=', 'open').where('deadline', '>=', today);
  else if (f.status) q = q.where('status', '=', f.status);
  if (f.kind) q = q.where('kind', '=', f.kind);
  return q.orderBy('week_start', 'desc').orderBy('date').orderBy('id').limit(1000).execute();
};

export const findDiscrepancies = (db: Db, orgId: string, ids: readonly string[]) =>
  db
    .selectFrom('money_discrepancies')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', 'in', ids.length > 0 ? [...ids] : [''])
    .orderBy('date')
    .orderBy('id')
    .execute();

/** The discrepancies of a station's week, whatever their status. */
export const listWeekDiscrepancies = (db: Db, orgId: string, stationId: string, week: string) =>
  listDiscrepancies(db, orgId, { stationIds: null, stationId, weekStart: week });

/** The week's open discrepancies of the weekly checks (fleet bills are checked by reconcile-fleet.ts). */
export async function deleteOpenDiscrepancies(db: Db, orgId: string, stationId: string, week: string) {
  await db
    .deleteFrom('money_discrepancies')
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('week_start', '=', week)
    .where('status', '=', 'open')
    .where('kind', 'not like', 'fleet-%')
    .execute();
}

export async function insertDiscrepancies(db: Db, rows: MoneyDiscrepanciesTable[]): Promise<void> {
  await insertRows(db, 'money_discrepancies', rows);
}

export async function updateDiscrepancy(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<MoneyDiscrepanciesTable>,
): Promise<void> {
  await db
    .updateTable('money_discrepancies')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

// Disputes

export async function insertDispute(db: Db, row: MoneyDisputesTable): Promise<void> {
  await db.insertInto('money_disputes').values(row).execute();
}

export const findDispute = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('money_disputes')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export const listDisputes = (db: Db, orgId: string, stationIds: readonly string[] | null) => {
  let q = db.selectFrom('money_disputes').selectAll().where('org_id', '=', orgId);
  if (stationIds) q = q.where('station_id', 'in', stationIds.length > 0 ? [...stationIds] : ['']);
  return q.orderBy('approved_at', 'desc').limit(500).execute();
};

export async function updateDispute(db: Db, orgId: string, id: string, patch: Partial<MoneyDisputesTable>) {
  await db
    .updateTable('money_disputes')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export const listDisputeDiscrepancies = (db: Db, orgId: string, disputeId: string) =>
  db
    .selectFrom('money_discrepancies')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('dispute_id', '=', disputeId)
    .orderBy('week_start')
    .orderBy('date')
    .orderBy('id')
    .execute();
