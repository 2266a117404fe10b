import { recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { MoneyFileKind, MoneyFilesTable } from '../db/schema.js';
import type { AppliedRow, ImportField, ImportKind, ImportScope, ParsedRow } from '../imports/domain/kind.js';
import { newId, nowIso } from '../shared/ids.js';
import {
  findFileBySha,
  findFileOfImport,
  insertFile,
  setFileWeek,
  weeksOfFile,
} from './amazon-files-store.js';
import {
  deleteImportedFile,
  type FileColumns,
  type FileRowsTable,
  insertFileRows,
} from './amazon-rows-store.js';
import { weeksWithOpenKind } from './files-store.js';
import { reconcileWeek } from './reconcile-week.js';

/** The file an import brings in, or the one already brought in with the same SHA-256 (then nothing changes). */
export async function claimFile(
  trx: Db,
  scope: ImportScope,
  kind: MoneyFileKind,
): Promise<{ file: MoneyFilesTable; fresh: boolean }> {
  const sha256 = scope.file?.sha256 ?? '';
  const known = await findFileBySha(trx, scope.orgId, sha256);
  if (known) return { file: known, fresh: known.import_id === scope.importId };
  const file: MoneyFilesTable = {
    org_id: scope.orgId,
    id: newId(),
    kind,
    station_id: scope.stationId ?? '',
    week_start: null,
    file_name: scope.fileName,
    sha256,
    bytes: scope.file?.bytes ?? 0,
    import_id: scope.importId,
    imported_by: scope.actor.userId,
    imported_at: nowIso(),
  };
  await insertFile(trx, file);
  await recordAudit(
    trx,
    { orgId: scope.orgId, userId: scope.actor.userId, label: scope.auditLabel },
    { entity: 'money_file', entityId: file.id, before: null, after: file },
  );
  return { file, fresh: true };
}

/**
 * A row of a file as its table keeps it, and the Sunday of the week it is about (or null: an invoice's
 * section totals).
 */
export interface FileRow<T extends FileRowsTable> {
  columns: FileColumns<T>;
  weekStart: string | null;
}

interface RowsFileSpec<Values, T extends FileRowsTable> {
  kind: Exclude<MoneyFileKind, 'rate-card'>;
  label: string;
  /** Where the kind's rows are kept. */
  table: T;
  fields: ImportField[];
  reader: () => (cells: Record<string, string>) => ParsedRow<Values>;
  /** How a PDF of the kind is read into its rows, for a kind Amazon sends as a PDF. */
  readPdf?: ImportKind['readPdf'];
  /** The check of the file's rows in order, made fresh for each pass over the file. */
  prepare(db: Db, scope: ImportScope): Promise<(values: Values, row: number) => ParsedRow<FileRow<T>>>;
}

const earliest = (weeks: (string | null)[]): string | null =>
  weeks.reduce<string | null>((min, w) => (w !== null && (min === null || w < min) ? w : min), null);

/**
 * An import kind whose file is evidence: its rows kept under the file's SHA-256, the same file again
 * changing nothing ("already imported": every row unchanged), and once it commits the weeks it is about
 * checked again (reconcileWeek). Undo removes the file and its rows, then checks the open weeks again.
 */
export function rowsFileKind<Values, T extends FileRowsTable>(
  spec: RowsFileSpec<Values, T>,
): ImportKind<FileRow<T>, Values> {
  return {
    kind: spec.kind,
    label: spec.label,
    permission: 'money.write',
    needsStation: true,
    entity: 'money_file',
    fields: spec.fields,
    reader: spec.reader,
    ...(spec.readPdf ? { readPdf: spec.readPdf } : {}),
    prepare: spec.prepare,
    key: (r) => String(r.columns.row),
    async apply(trx, scope, rows): Promise<AppliedRow[]> {
      const { file, fresh } = await claimFile(trx, scope, spec.kind);
      const applied = (outcome: 'created' | 'unchanged') =>
        rows.map((r) => ({ outcome, entityId: `${file.id}:${r.columns.row}`, before: null }));
      if (!fresh) return applied('unchanged');
      await insertFileRows(
        trx,
        spec.table,
        scope.orgId,
        file.id,
        rows.map((r) => r.columns),
      );
      const week = earliest([file.week_start, ...rows.map((r) => r.weekStart)]);
      if (week !== file.week_start) await setFileWeek(trx, scope.orgId, file.id, week);
      return applied('created');
    },
    undo: (trx, scope) => deleteImportedFile(trx, scope.orgId, scope.importId),
    undoCreated: (trx, scope) => deleteImportedFile(trx, scope.orgId, scope.importId),
    afterCommit: (db, scope) => reconcileFileWeeks(db, scope),
    afterUndo: (db, scope) => recheckOpenWeeks(db, scope),
  };
}

/**
 * After an undo the file is gone, and with it the weeks it was about: the station's weeks with open
 * discrepancies are checked again, so none is left citing a file that is no longer there.
 */
async function recheckOpenWeeks(db: Db, scope: ImportScope): Promise<void> {
  const stationId = scope.stationId ?? '';
  for (const week of await weeksWithOpenKind(db, scope.orgId, stationId, '%'))
    await reconcileWeek(db, scope.orgId, stationId, week);
}

/** Checks again every week the import's file is about (nothing when the file was already imported). */
async function reconcileFileWeeks(db: Db, scope: ImportScope): Promise<void> {
  const file = await findFileOfImport(db, scope.orgId, scope.importId);
  if (!file) return;
  for (const week of await weeksOfFile(db, scope.orgId, file))
    await reconcileWeek(db, scope.orgId, file.station_id, week);
}
