import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type {
  Database,
  MoneyDiscrepanciesTable,
  MoneyDisputesTable,
  MoneyFileKind,
  MoneyFilesTable,
  MoneyRatesTable,
} from '../db/schema.js';
import type { ShownStatus } from './domain/summary.js';

// The money slice's queries, each scoped by org.

export const findFileBySha = (db: Db, orgId: string, sha256: string) =>
  db
    .selectFrom('money_files')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();

export const findFileOfImport = (db: Db, orgId: string, importId: string) =>
  db
    .selectFrom('money_files')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('import_id', '=', importId)
    .executeTakeFirst();

export async function insertFile(db: Db, row: MoneyFilesTable): Promise<void> {
  await db.insertInto('money_files').values(row).execute();
}

export async function setFileWeek(db: Db, orgId: string, id: string, weekStart: string | null) {
  await db
    .updateTable('money_files')
    .set({ week_start: weekStart })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export interface FileFilter {
  stationIds: readonly string[] | null;
  stationId?: string | undefined;
  weekStart?: string | undefined;
}

export const listFiles = (db: Db, orgId: string, f: FileFilter) => {
  let q = db.selectFrom('money_files').selectAll().where('org_id', '=', orgId);
  if (f.stationIds) q = q.where('station_id', 'in', f.stationIds.length > 0 ? [...f.stationIds] : ['']);
  if (f.stationId) q = q.where('station_id', '=', f.stationId);
  if (f.weekStart) q = q.where('week_start', '=', f.weekStart);
  return q.orderBy('imported_at', 'desc').orderBy('id', 'desc').limit(500).execute();
};

export const listFilesById = (db: Db, orgId: string, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('money_files')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('id', 'in', [...ids])
        .execute();

/** The latest file of a kind about a station's week (a corrected invoice replaces the first). */
export const latestFileOfWeek = (
  db: Db,
  orgId: string,
  stationId: string,
  kind: MoneyFileKind,
  week: string,
) =>
  db
    .selectFrom('money_files')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('kind', '=', kind)
    .where('week_start', '=', week)
    .orderBy('imported_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();

/** The latest WST file with rows in a station's week (a WST file may run over two weeks). */
export const latestWstFileOfWeek = (db: Db, orgId: string, stationId: string, week: string) =>
  db
    .selectFrom('money_files as f')
    .innerJoin('money_wst_rows as w', (j) =>
      j.onRef('w.org_id', '=', 'f.org_id').onRef('w.file_id', '=', 'f.id'),
    )
    .selectAll('f')
    .where('f.org_id', '=', orgId)
    .where('f.station_id', '=', stationId)
    .where('w.week_start', '=', week)
    .orderBy('f.imported_at', 'desc')
    .orderBy('f.id', 'desc')
    .executeTakeFirst();

export const listInvoiceRows = (db: Db, orgId: string, fileId: string) =>
  db
    .selectFrom('money_invoice_rows')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('file_id', '=', fileId)
    .orderBy('row')
    .execute();

export const listWstRows = (db: Db, orgId: string, fileId: string, week: string) =>
  db
    .selectFrom('money_wst_rows')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('file_id', '=', fileId)
    .where('week_start', '=', week)
    .orderBy('row')
    .execute();

/** A station's deposits for a week, whichever remittance brought them. */
export const listDeposits = (db: Db, orgId: string, stationId: string, week: string) =>
  db
    .selectFrom('money_deposits as d')
    .innerJoin('money_files as f', (j) =>
      j.onRef('f.org_id', '=', 'd.org_id').onRef('f.id', '=', 'd.file_id'),
    )
    .selectAll('d')
    .where('d.org_id', '=', orgId)
    .where('f.station_id', '=', stationId)
    .where('d.week_start', '=', week)
    .orderBy('d.file_id')
    .orderBy('d.row')
    .execute();

/** The weeks a file's rows are about. */
export async function weeksOfFile(db: Db, orgId: string, file: MoneyFilesTable): Promise<string[]> {
  const table =
    file.kind === 'wst-service-details'
      ? 'money_wst_rows'
      : file.kind === 'deposit'
        ? 'money_deposits'
        : file.kind === 'capacity-reliability'
          ? 'money_capacity_rows'
          : 'money_wst_facts';
  if (file.kind === 'variable-invoice' || file.kind === 'incentive-invoice')
    return file.week_start ? [file.week_start] : [];
  if (file.kind === 'rate-card') return [];
  const rows = await db
    .selectFrom(table)
    .select('week_start')
    .distinct()
    .where('org_id', '=', orgId)
    .where('file_id', '=', file.id)
    .orderBy('week_start')
    .execute();
  return rows.map((r) => r.week_start);
}

/** Whether a station's week has any of Amazon's files (an invoice, WST, a deposit…): what there is to check. */
export async function weekHasFiles(db: Db, orgId: string, stationId: string, week: string): Promise<boolean> {
  const own = await db
    .selectFrom('money_files')
    .select('id')
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('week_start', '=', week)
    .executeTakeFirst();
  return own !== undefined || (await latestWstFileOfWeek(db, orgId, stationId, week)) !== undefined;
}

/** The weeks of a station with an invoice, from a week on: what a new rate card prices again. */
export const invoiceWeeksFrom = async (db: Db, orgId: string, stationId: string, from: string) =>
  (
    await db
      .selectFrom('money_files')
      .select('week_start')
      .distinct()
      .where('org_id', '=', orgId)
      .where('station_id', '=', stationId)
      .where('kind', '=', 'variable-invoice')
      .where('week_start', '>=', from)
      .execute()
  ).flatMap((r) => (r.week_start ? [r.week_start] : []));

/** The tables a money file's rows are kept in, each row under its file and the file's row number. */
export const FILE_ROWS_TABLES = [
  'money_invoice_rows',
  'money_wst_rows',
  'money_wst_facts',
  'money_deposits',
  'money_fleet_rows',
  'money_capacity_rows',
] as const;
export type FileRowsTable = (typeof FILE_ROWS_TABLES)[number];

/** A file's row as its table keeps it, less the org and file (known once the file is claimed). */
export type FileColumns<T extends FileRowsTable> = Omit<Insertable<Database[T]>, 'org_id' | 'file_id'> & {
  row: number;
};

/** Keeps a file's rows in its kind's table, under the file. */
export async function insertFileRows<T extends FileRowsTable>(
  db: Db,
  table: T,
  orgId: string,
  fileId: string,
  rows: readonly FileColumns<T>[],
): Promise<void> {
  // Every table of FILE_ROWS_TABLES has org_id and file_id: what FileColumns took away is put back
  // (TypeScript cannot see through Omit of a table not yet known).
  const kept = rows.map(
    (r) => ({ org_id: orgId, file_id: fileId, ...r }) as unknown as Insertable<Database[T]>,
  );
  await insertRows(db, table, kept);
}

/** Removes every row and file an import brought in (its undo). */
export async function deleteImportedFile(db: Db, orgId: string, importId: string): Promise<void> {
  const file = await findFileOfImport(db, orgId, importId);
  await db.deleteFrom('money_rates').where('org_id', '=', orgId).where('import_id', '=', importId).execute();
  if (!file) return;
  for (const table of FILE_ROWS_TABLES)
    await db.deleteFrom(table).where('org_id', '=', orgId).where('file_id', '=', file.id).execute();
  await db.deleteFrom('money_files').where('org_id', '=', orgId).where('id', '=', file.id).execute();
}

// Rate card

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

/** Week money per station: the invoices' files, the WST routes counted, the deposits. */
export const sumDeposits = (db: Db, orgId: string, week: string) =>
  db
    .selectFrom('money_deposits as d')
    .innerJoin('money_files as f', (j) =>
      j.onRef('f.org_id', '=', 'd.org_id').onRef('f.id', '=', 'd.file_id'),
    )
    .select(['f.station_id', (e) => e.fn.sum<number>('d.amount_cents').as('cents')])
    .where('d.org_id', '=', orgId)
    .where('d.week_start', '=', week)
    .groupBy('f.station_id')
    .execute();
