import { stat } from 'node:fs/promises';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import { type Db, holdsOneConnection, onOwnConnection } from '../db/database.js';
import { THIS_INSTANCE } from '../db/instance.js';
import { onlyOwnWritesSince, type WriteMark, writeMark } from '../db/writes-since.js';
import { newId, nowIso } from '../shared/ids.js';
import { type Mapping, resolveMapping } from './domain/headers.js';
import type { ImportKind, ImportScope } from './domain/kind.js';
import { type Unmatched, UnmatchedIds } from './domain/unmatched.js';
import { isPdf, readRowBatches, sniffFormat, tableRows } from './read-rows.js';
import { checkDate, checkStation } from './request-checks.js';
import {
  type OpenedFile,
  type ReadRow,
  RowBatches,
  type RowCheck,
  RowChecker,
  readHeaders,
} from './row-checker.js';
import { RowWriter } from './row-writer.js';
import { getSavedMapping, type ImportError, insertImport, saveMapping, updateImport } from './store.js';

/**
 * How many checked rows are kept in memory for the commit (tens of MB at most, for any kind). A longer
 * file is read, checked and saved in one pass inside the commit's transaction, so memory stays bounded.
 */
export const KEEP_ROWS = 50_000;

export interface ImportRequest {
  kind: ImportKind;
  /** Path of the uploaded file on disk. */
  file: string;
  fileName: string;
  sha256: string;
  actor: Actor;
  stationId: string | null;
  /** The business day, for kinds that need one; ignored by the others. */
  businessDate?: string | null;
  dryRun: boolean;
  mapping?: Mapping;
}

export interface ImportResult {
  id: string;
  status: 'committed' | 'rejected' | 'preview';
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportError[];
  headers: string[];
  mapping: Mapping;
  /** Rows kept whose Transporter ID matches no DA (committed or preview). */
  unmatched?: Unmatched | null;
}

/** Thrown inside the transaction of a dry run so the database keeps nothing of it. */
class DryRunRollback extends Error {}

/**
 * Imports a file all-or-nothing: nothing is kept when any row is bad, and every bad row is reported;
 * otherwise all rows are upserted by natural key in one transaction, so the same file twice changes
 * nothing the second time. A dry run does the whole write and rolls it back, so its counts are exact.
 * The file is read once. A short one (up to `keepRows` rows) is checked whole first, its rows' values
 * kept in memory, and saved only when every row is good. A longer one is checked that far, then read,
 * checked and saved as it goes inside the commit's transaction: from its first bad row on it is only
 * checked, and the transaction is rolled back at the end (memory stays bounded, nothing is read twice).
 */
export async function runImport(
  db: Db,
  req: ImportRequest,
  { keepRows = KEEP_ROWS }: { keepRows?: number } = {},
): Promise<ImportResult> {
  await checkStation(db, req.kind, req.actor, req.stationId);
  checkDate(req.kind, req.businessDate ?? null);
  const { kind, file, fileName } = req;
  // A kind that reads a PDF layout of its own reads it; any other file is a sheet (CSV or XLSX).
  const pdf = kind.readPdf && (await isPdf(file));
  const rows = (
    pdf
      ? tableRows(async () => (await kind.readPdf?.(file, fileName)) ?? [])
      : readRowBatches(file, await sniffFormat(file), { fileName, orPdf: Boolean(kind.readPdf) })
  )[Symbol.asyncIterator]();
  try {
    return await importRows(db, req, new RowBatches(rows), keepRows);
  } finally {
    await rows.return?.(); // closes the file when the rows were not all read
  }
}

async function importRows(
  db: Db,
  req: ImportRequest,
  rows: RowBatches,
  keepRows: number,
): Promise<ImportResult> {
  const { kind, actor } = req;
  const { headers, unreadable } = await readHeaders(rows);
  const saved = await getSavedMapping(db, actor.orgId, kind.kind);
  const mapping = resolveMapping(kind.fields, headers, { ...saved, ...req.mapping });
  const id = newId();
  const scope: ImportScope = {
    orgId: actor.orgId,
    stationId: req.stationId,
    businessDate: req.kind.needsDate ? (req.businessDate ?? null) : null,
    actor,
    auditLabel: `${actor.label} via import ${req.fileName}`,
    fileName: req.fileName,
    file: { sha256: req.sha256, bytes: (await stat(req.file)).size },
    importId: id,
    unmatched: new UnmatchedIds(req.kind.unmatchedField),
  };

  await insertImport(db, {
    org_id: actor.orgId,
    id,
    kind: kind.kind,
    station_id: req.stationId,
    business_date: scope.businessDate,
    file_name: req.fileName,
    file_sha256: req.sha256,
    status: 'running',
    dry_run: req.dryRun ? 1 : 0,
    rows: 0,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    error_count: 0,
    errors: '[]',
    mapping: JSON.stringify(mapping),
    created_by: actor.userId,
    created_at: nowIso(),
    finished_at: null,
    undone_at: null,
    owner_instance: THIS_INSTANCE, // a process killed mid-import is told from one still running
    unmatched: null,
  });

  const base = { id, headers, mapping, created: 0, updated: 0, unchanged: 0 };
  return checkAndSave(db, req, scope, { rows, headers, unreadable, mapping }, base, keepRows);
}

interface Base {
  id: string;
  headers: string[];
  mapping: Mapping;
  created: number;
  updated: number;
  unchanged: number;
}

/** Thrown inside the transaction of a long file with a bad row, once every row is checked: nothing is kept. */
class RejectedRollback extends Error {}

async function checkAndSave(
  db: Db,
  req: ImportRequest,
  scope: ImportScope,
  file: OpenedFile,
  base: Base,
  keepRows: number,
): Promise<ImportResult> {
  const { kind, actor } = req;
  const { id, mapping } = base;
  const checker = new RowChecker(req.kind, file, scope);
  let kept: ReadRow[];
  let more: boolean;
  let mark: WriteMark | null;
  try {
    mark = await writeMark(db); // before the check reads what is stored
    ({ kept, more } = await checker.checkFirst(db, keepRows));
  } catch (error) {
    await markFailed(db, actor.orgId, id, error);
    throw error;
  }
  const rejected = async (): Promise<ImportResult> => {
    const { count, errors, errorCount } = checker;
    await updateImport(db, actor.orgId, id, {
      status: 'rejected',
      rows: count,
      processed: count,
      error_count: errorCount,
      errors: JSON.stringify(errors),
      finished_at: nowIso(),
    });
    return { ...base, status: 'rejected', rows: count, errorCount, errors };
  };
  if (checker.errorCount > 0) return rejected();

  // A short file is checked whole (above): the total is known now, so whoever watches the import sees
  // what the save works through. A long one goes on being read, checked and saved in the transaction.
  if (!more) await updateImport(db, actor.orgId, id, { rows: checker.count, processed: checker.count });
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const save = async (trx: Db, marked: Db) => {
    const writer = new RowWriter(trx, req.kind, scope, id);
    // On the embedded database this transaction holds the write lock: when nothing but this import's own
    // progress was written since the check began, the rows as checked stand, and are not checked again.
    const stand =
      !more && mark !== null && (await onlyOwnWritesSince(marked, mark, checker.progressWrites + 1));
    const check = stand ? undefined : await kind.prepare(trx, scope);
    // Each kept row let go once written: a long file's are tens of MB while the rest is read.
    kept.reverse();
    for (let r = kept.pop(); r !== undefined; r = kept.pop()) {
      const writing = writer.add(check ? checkedAgain(check, r) : r.checked);
      if (writing) await writing;
    }
    if (more && check) {
      // (A long file always has the check: its rows past the kept ones are read only now.)
      // On SQLite the transaction holds the write lock: progress goes through it (a write on another
      // connection would wait for this very transaction); on PostgreSQL through another, so others see it.
      const progress = holdsOneConnection(db) ? trx : db;
      await checker.checkRest(progress, check, (row) => writer.add(row));
      if (checker.errorCount > 0) throw new RejectedRollback();
    }
    Object.assign(counts, await writer.finish());
    const rows = checker.count;
    await updateImport(trx, actor.orgId, id, {
      status: 'committed',
      rows,
      processed: rows,
      ...counts,
      unmatched: unmatchedJson(scope),
      finished_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      entity: 'import',
      entityId: id,
      before: null,
      after: { kind: kind.kind, file_name: req.fileName, rows, ...counts },
    });
    if (req.dryRun) throw new DryRunRollback();
    await saveMapping(trx, actor.orgId, kind.kind, mapping);
  };
  try {
    // On a connection of its own: on the embedded database the server's goes on answering meanwhile.
    // The mark is read again on its connection: db's, unless the transaction runs on it (in memory).
    await onOwnConnection(db, (own) => own.transaction().execute((trx) => save(trx, own === db ? trx : db)));
  } catch (error) {
    if (error instanceof RejectedRollback) return rejected();
    if (!(error instanceof DryRunRollback)) {
      await markFailed(db, actor.orgId, id, error);
      throw error;
    }
    const rows = checker.count;
    await updateImport(db, actor.orgId, id, {
      status: 'preview',
      rows,
      processed: rows,
      ...counts,
      unmatched: unmatchedJson(scope),
      finished_at: nowIso(),
    });
    const unmatched = scope.unmatched?.report();
    return { ...base, status: 'preview', rows, ...counts, errorCount: 0, errors: [], unmatched };
  }
  await followUp(db, kind, scope);
  const rows = checker.count;
  const unmatched = scope.unmatched?.report();
  return { ...base, status: 'committed', rows, ...counts, errorCount: 0, errors: [], unmatched };
}

/** A kept row checked again against what the transaction sees; throws when it no longer checks out. */
function checkedAgain(check: RowCheck, r: ReadRow): unknown {
  const parsed = check(r.values, r.row);
  if (parsed.ok) return parsed.row;
  const why = parsed.issues.map((i) => i.message).join(' ');
  throw new Error(`What is stored changed while the file was checked: row ${r.row}: ${why}`);
}

const unmatchedJson = (scope: ImportScope): string | null => {
  const report = scope.unmatched?.report();
  return report ? JSON.stringify(report) : null;
};

/** The import is saved whatever its follow-up does; a follow-up that fails is reported, not thrown. */
async function followUp(db: Db, kind: ImportKind, scope: ImportScope): Promise<void> {
  try {
    await kind.afterCommit?.(db, scope);
  } catch (error) {
    process.emitWarning(`After import ${scope.importId} (${kind.kind}): ${String(error)}`);
  }
}

/** An import that broke for a reason other than its rows keeps that reason in its history. */
async function markFailed(db: Db, orgId: string, id: string, error: unknown): Promise<void> {
  const message = `The import stopped and saved nothing: ${error instanceof Error ? error.message : String(error)}`;
  await updateImport(db, orgId, id, {
    status: 'failed',
    error_count: 1,
    errors: JSON.stringify([{ row: 0, column: '', message }]),
    finished_at: nowIso(),
  });
}
