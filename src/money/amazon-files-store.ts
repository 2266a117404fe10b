import type { Db } from '../db/database.js';
import type { MoneyFileKind, MoneyFilesTable } from '../db/schema.js';

// Amazon's files as we keep them (invoices, WST, remittances, rate cards…): found by their hash, their
// import or the station's week they are about. Each query scoped by org.

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
