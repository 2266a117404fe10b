import { HttpProblem } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { cellsOf, columnIndexes, type Mapping, resolveMapping } from './domain/headers.js';
import { KeyIndex } from './domain/key-index.js';
import { CREATED_ROWS, type ImportKind, type ImportScope, type Outcome } from './domain/kind.js';
import { FileFormatError, type FileRow, readRows, sniffFormat } from './read-rows.js';
import { type ReadRow, RowSpill } from './row-spill.js';
import {
  getSavedMapping,
  type ImportError,
  insertImport,
  insertImportChanges,
  saveMapping,
  updateImport,
} from './store.js';

export const MAX_REPORTED_ERRORS = 1000;
const BATCH = 500;
const PROGRESS_EVERY = 5000;
/**
 * How many checked rows are kept in memory for the commit (tens of MB at most, for any kind); the rows
 * of a longer file are kept aside in a temporary file instead (see RowSpill), so memory stays bounded.
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
}

/** Thrown inside the transaction of a dry run so the database keeps nothing of it. */
class DryRunRollback extends Error {}

/** The header row (none for an empty file), or why the file could not be read. */
async function readHeaders(
  rows: AsyncIterator<FileRow>,
): Promise<{ headers: string[]; unreadable: ImportError | null }> {
  try {
    const first = await rows.next();
    return { headers: first.done ? [] : first.value.cells.map((c) => c.trim()), unreadable: null };
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    return { headers: [], unreadable: { row: error.row, column: '', message: error.message } };
  }
}

/**
 * Imports a file all-or-nothing: every row is checked first and nothing is written when any row is
 * bad; then all rows are upserted by natural key in one transaction, so the same file twice changes
 * nothing the second time. A dry run does the whole write and rolls it back, so its counts are exact.
 * The file is read once: the header, then the rows, whose values are kept for the commit (up to
 * `keepRows` of them in memory; a longer file's are kept aside on disk, so memory stays bounded).
 */
export async function runImport(
  db: Db,
  req: ImportRequest,
  { keepRows = KEEP_ROWS }: { keepRows?: number } = {},
): Promise<ImportResult> {
  await checkStation(db, req.kind, req.actor, req.stationId);
  checkDate(req.kind, req.businessDate ?? null);
  const format = await sniffFormat(req.file);
  const rows = readRows(req.file, format)[Symbol.asyncIterator]();
  try {
    return await importRows(db, req, rows, keepRows);
  } finally {
    await rows.return?.(); // closes the file when the rows were not all read
  }
}

async function importRows(
  db: Db,
  req: ImportRequest,
  rows: AsyncIterator<FileRow>,
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
    importId: id,
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
  });

  const base = { id, headers, mapping, created: 0, updated: 0, unchanged: 0 };
  const kept: Kept = { rows: [], spill: null };
  try {
    return await checkAndSave(db, req, scope, { rows, headers, unreadable, mapping }, base, kept, keepRows);
  } finally {
    await kept.spill?.remove();
  }
}

/** The checked rows of a file for its commit: in memory, or (a long file's) kept aside on disk. */
interface Kept {
  rows: ReadRow[];
  spill: RowSpill | null;
}

/** The file as the runner opened it: its remaining rows, its header and how it maps to the fields. */
interface OpenedFile {
  rows: AsyncIterator<FileRow>;
  headers: string[];
  unreadable: ImportError | null;
  mapping: Mapping;
}

async function checkAndSave(
  db: Db,
  req: ImportRequest,
  scope: ImportScope,
  file: OpenedFile,
  base: {
    id: string;
    headers: string[];
    mapping: Mapping;
    created: number;
    updated: number;
    unchanged: number;
  },
  kept: Kept,
  keepRows: number,
): Promise<ImportResult> {
  const { kind, actor } = req;
  const { id, mapping } = base;
  let check: Awaited<ReturnType<typeof checkRows>>;
  try {
    check = await checkRows(db, req, scope, file, id, kept, keepRows);
  } catch (error) {
    await markFailed(db, actor.orgId, id, error);
    throw error;
  }
  if (check.errorCount > 0) {
    await updateImport(db, actor.orgId, id, {
      status: 'rejected',
      rows: check.rows,
      processed: check.rows,
      error_count: check.errorCount,
      errors: JSON.stringify(check.errors),
      finished_at: nowIso(),
    });
    return {
      ...base,
      status: 'rejected',
      rows: check.rows,
      errorCount: check.errorCount,
      errors: check.errors,
    };
  }

  // Checked: the total is known now, so whoever watches the import sees what the save is working through.
  await updateImport(db, actor.orgId, id, { rows: check.rows, processed: check.rows });
  const counts = { created: 0, updated: 0, unchanged: 0 };
  try {
    await db.transaction().execute(async (trx) => {
      const read = kept.spill ? kept.spill.read() : kept.rows;
      Object.assign(counts, await commitRows(trx, req, scope, read, id));
      await updateImport(trx, actor.orgId, id, {
        status: 'committed',
        rows: check.rows,
        processed: check.rows,
        ...counts,
        finished_at: nowIso(),
      });
      await recordAudit(trx, actor, {
        entity: 'import',
        entityId: id,
        before: null,
        after: { kind: kind.kind, file_name: req.fileName, rows: check.rows, ...counts },
      });
      if (req.dryRun) throw new DryRunRollback();
      await saveMapping(trx, actor.orgId, kind.kind, mapping);
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) {
      await markFailed(db, actor.orgId, id, error);
      throw error;
    }
    await updateImport(db, actor.orgId, id, {
      status: 'preview',
      rows: check.rows,
      processed: check.rows,
      ...counts,
      finished_at: nowIso(),
    });
    return { ...base, status: 'preview', rows: check.rows, ...counts, errorCount: 0, errors: [] };
  }
  await followUp(db, kind, scope);
  return { ...base, status: 'committed', rows: check.rows, ...counts, errorCount: 0, errors: [] };
}

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

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A kind that needs a day has one, as a real calendar date. */
function checkDate(kind: ImportKind, date: string | null): void {
  if (!kind.needsDate) return;
  const real =
    date !== null && DAY.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!real) {
    throw new HttpProblem(400, 'Bad Request', `Pick the day of the ${kind.label.toLowerCase()} file.`, [
      { path: 'date', message: date ? 'Use a date as YYYY-MM-DD.' : 'Pick the day.' },
    ]);
  }
}

async function checkStation(db: Db, kind: ImportKind, actor: Actor, stationId: string | null): Promise<void> {
  if (stationId === null) {
    if (kind.needsStation)
      throw new HttpProblem(400, 'Bad Request', `Pick a station for a ${kind.label} file.`, [
        { path: 'stationId', message: 'Pick a station.' },
      ]);
    return;
  }
  const station = await findStation(db, actor.orgId, stationId);
  if (!station || !inStationScope(actor, station.id)) {
    throw new HttpProblem(400, 'Bad Request', 'Unknown station.', [
      { path: 'stationId', message: 'Unknown station.' },
    ]);
  }
}

async function checkRows(
  db: Db,
  req: ImportRequest,
  scope: ImportScope,
  { rows, headers, unreadable, mapping }: OpenedFile,
  importId: string,
  kept: Kept,
  keepRows: number,
) {
  const errors: ImportError[] = [];
  let errorCount = 0;
  const report = (e: ImportError) => {
    errorCount++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
  };
  const labelOf = (field: string) =>
    mapping[field] ?? req.kind.fields.find((f) => f.name === field)?.label ?? field;
  // The rows' values, kept for the commit while every row so far is good (a bad one means no commit).
  const keep = (row: number, values: unknown): Promise<void> | undefined => {
    if (kept.spill) return kept.spill.add(row, values);
    if (kept.rows.length < keepRows) {
      kept.rows.push({ row, values });
      return undefined;
    }
    return spillFrom(row, values);
  };
  const spillFrom = async (row: number, values: unknown) => {
    const spill = await RowSpill.create();
    kept.spill = spill;
    for (const r of kept.rows) await spill.add(r.row, r.values);
    kept.rows = [];
    await spill.add(row, values);
  };

  if (unreadable) report(unreadable);
  else if (headers.length === 0)
    report({ row: 1, column: '', message: 'The file is empty: it needs a header row.' });
  else {
    for (const f of req.kind.fields) {
      if (f.required && !mapping[f.name]) {
        report({
          row: 1,
          column: f.label,
          message: `No column for “${f.label}”: add it or map it to a column of the file.`,
        });
      }
    }
  }
  if (errorCount > 0) return { rows: 0, errors, errorCount };

  const read = req.kind.reader();
  const check = await req.kind.prepare(db, scope);
  const indexes = columnIndexes(mapping, headers);
  const keyField = req.kind.keyFields?.[0];
  const keyColumn = keyField ? labelOf(keyField) : '';
  // A long file's million keys, held compactly (in a Map each costs ~100 bytes: a string and an entry).
  const firstRowOfKey = new KeyIndex();
  let count = 0;
  try {
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      const r = next.value;
      count++;
      const values = read(cellsOf(indexes, r.cells));
      const parsed = values.ok ? check(values.row) : values;
      if (!parsed.ok) {
        for (const issue of parsed.issues)
          report({ row: r.row, column: labelOf(issue.field), message: issue.message });
      } else {
        const key = req.kind.key(parsed.row);
        const seen = firstRowOfKey.add(key, r.row);
        if (seen !== undefined)
          report({ row: r.row, column: keyColumn, message: `Same ${key} as row ${seen}.` });
        else if (errorCount === 0 && values.ok) {
          const writing = keep(r.row, values.row);
          if (writing) await writing; // only then: an await a row is a turn of the loop a row
        }
      }
      if (count % PROGRESS_EVERY === 0) await updateImport(db, scope.orgId, importId, { processed: count });
    }
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    report({ row: error.row, column: '', message: error.message });
    return { rows: count, errors, errorCount };
  }
  if (count === 0) report({ row: 2, column: '', message: 'The file has a header row but no data rows.' });
  return { rows: count, errors, errorCount };
}

/**
 * Checks each row again against what the transaction sees, and upserts them in batches. Each row the
 * import updated gets an undo record with what it was before; so does each row it created, unless the
 * kind removes the rows an import created in one go (undoCreated): then one record says so.
 */
async function commitRows(
  trx: Db,
  req: ImportRequest,
  scope: ImportScope,
  rows: Iterable<ReadRow> | AsyncIterable<ReadRow>,
  importId: string,
): Promise<Record<Outcome, number>> {
  const counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
  const check = await req.kind.prepare(trx, scope);
  let seq = 0;
  const bulkUndo = req.kind.undoCreated !== undefined;
  let batch: unknown[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const applied = await req.kind.apply(trx, scope, batch);
    batch = [];
    const changes = [];
    for (const a of applied) {
      counts[a.outcome]++;
      if (a.outcome === 'unchanged' || (a.outcome === 'created' && bulkUndo)) continue;
      changes.push({
        org_id: scope.orgId,
        import_id: importId,
        seq: seq++,
        entity: req.kind.entity,
        entity_id: a.entityId,
        before: a.before === null ? null : JSON.stringify(a.before),
      });
    }
    await insertImportChanges(trx, changes);
  };
  for await (const r of rows) {
    const parsed = check(r.values);
    if (!parsed.ok) {
      const why = parsed.issues.map((i) => i.message).join(' ');
      throw new Error(`What is stored changed while the file was checked: row ${r.row}: ${why}`);
    }
    batch.push(parsed.row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (bulkUndo && counts.created > 0) {
    await insertImportChanges(trx, [
      {
        org_id: scope.orgId,
        import_id: importId,
        seq: seq++,
        entity: req.kind.entity,
        entity_id: CREATED_ROWS,
        before: null,
      },
    ]);
  }
  return counts;
}
