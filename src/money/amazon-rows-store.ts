import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { findFileOfImport } from './amazon-files-store.js';

// The rows of Amazon's files: the invoice's lines, WST's routes, the deposits… each kept under its file
// and its row number, and taken out with the import that brought them. Each query scoped by org.

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
