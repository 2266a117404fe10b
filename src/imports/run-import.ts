import { setImmediate as nextTurn } from 'node:timers/promises';
import { HttpProblem } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import { type Db, holdsOneConnection, onOwnConnection } from '../db/database.js';
import { THIS_INSTANCE } from '../db/instance.js';
import { PlanningDate } from '../shared/date-schemas.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { cellsOf, columnIndexes, headerTextErrors, type Mapping, resolveMapping } from './domain/headers.js';
import { KeyIndex } from './domain/key-index.js';
import {
  CREATED_ROWS,
  type ImportKind,
  type ImportScope,
  type Outcome,
  type ParsedRow,
} from './domain/kind.js';
import { type Unmatched, UnmatchedIds } from './domain/unmatched.js';
import { FileFormatError, type FileRow, readRows, sniffFormat } from './read-rows.js';
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
    unmatched: new UnmatchedIds(),
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
  });

  const base = { id, headers, mapping, created: 0, updated: 0, unchanged: 0 };
  return checkAndSave(db, req, scope, { rows, headers, unreadable, mapping }, base, keepRows);
}

/** The file as the runner opened it: its remaining rows, its header and how it maps to the fields. */
interface OpenedFile {
  rows: AsyncIterator<FileRow>;
  headers: string[];
  unreadable: ImportError | null;
  mapping: Mapping;
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
  const checker = new RowChecker(req, file, scope);
  let kept: ReadRow[];
  let more: boolean;
  try {
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
  const save = async (trx: Db) => {
    const writer = new RowWriter(trx, req, scope, id);
    const check = await kind.prepare(trx, scope);
    // Each kept row let go once written: a long file's are tens of MB while the rest is read.
    kept.reverse();
    for (let r = kept.pop(); r !== undefined; r = kept.pop()) {
      const parsed = check(r.values);
      if (!parsed.ok) {
        const why = parsed.issues.map((i) => i.message).join(' ');
        throw new Error(`What is stored changed while the file was checked: row ${r.row}: ${why}`);
      }
      const writing = writer.add(parsed.row);
      if (writing) await writing;
    }
    if (more) {
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
    await onOwnConnection(db, (own) => own.transaction().execute(save));
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
      finished_at: nowIso(),
    });
    return {
      ...base,
      status: 'preview',
      rows,
      ...counts,
      errorCount: 0,
      errors: [],
      unmatched: scope.unmatched?.report(),
    };
  }
  await followUp(db, kind, scope);
  const rows = checker.count;
  return {
    ...base,
    status: 'committed',
    rows,
    ...counts,
    errorCount: 0,
    errors: [],
    unmatched: scope.unmatched?.report(),
  };
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

/** A kind that needs a day has one, as a date a schedule can plan (shared/date-schemas.ts). */
function checkDate(kind: ImportKind, date: string | null): void {
  if (!kind.needsDate) return;
  const checked = date === null ? null : PlanningDate.safeParse(date);
  if (!checked?.success) {
    throw new HttpProblem(400, 'Bad Request', `Pick the day of the ${kind.label.toLowerCase()} file.`, [
      { path: 'date', message: checked?.error.issues[0]?.message ?? 'Pick the day.' },
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

/** A data row as the first check read it: its row number for messages, and its values for the commit. */
interface ReadRow {
  row: number;
  values: unknown;
}

type RowCheck = (values: unknown) => ParsedRow<unknown>;

/** What `RowChecker` does with a good row while every row so far is good: go on, wait, or stop reading. */
type GoodRow = (line: number, values: unknown, row: unknown) => Promise<void> | 'stop' | undefined;

/**
 * Reads and checks a file's rows in order, in one or two stretches (before the commit, then inside its
 * transaction), reporting every bad cell and every repeated key with its row and column; counts the rows.
 */
class RowChecker {
  readonly errors: ImportError[] = [];
  errorCount = 0;
  /** Data rows read so far. */
  count = 0;
  private readonly read: ReturnType<ImportKind['reader']>;
  private readonly indexes: [string, number][];
  private readonly keyColumn: string;
  // A long file's million keys, held compactly (in a Map each costs ~100 bytes: a string and an entry).
  private readonly firstRowOfKey = new KeyIndex();

  constructor(
    private readonly req: ImportRequest,
    private readonly file: OpenedFile,
    private readonly scope: ImportScope,
  ) {
    this.read = req.kind.reader();
    this.indexes = columnIndexes(file.mapping, file.headers);
    const keyField = req.kind.keyFields?.[0];
    this.keyColumn = keyField ? this.labelOf(keyField) : '';
  }

  private report(e: ImportError): void {
    this.errorCount++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(e);
  }

  private labelOf(field: string): string {
    return this.file.mapping[field] ?? this.req.kind.fields.find((f) => f.name === field)?.label ?? field;
  }

  /** Whether the header row is there and names a column for every required field (else reported). */
  private headerIsGood(): boolean {
    const { unreadable, headers, mapping } = this.file;
    const badHeaders = headerTextErrors(headers);
    if (unreadable) this.report(unreadable);
    else if (headers.length === 0)
      this.report({ row: 1, column: '', message: 'The file is empty: it needs a header row.' });
    else if (badHeaders.length > 0) for (const e of badHeaders) this.report(e);
    else {
      for (const f of this.req.kind.fields) {
        if (f.required && !mapping[f.name]) {
          this.report({
            row: 1,
            column: f.label,
            message: `No column for “${f.label}”: add it or map it to a column of the file.`,
          });
        }
      }
    }
    return this.errorCount === 0;
  }

  /**
   * Checks the file against what is stored, outside any transaction, keeping the values of the rows for
   * the commit while every row so far is good. A file with more than `keepRows` rows, all good so far,
   * is left part-read (`more`): the rest is checked inside the commit's transaction (checkRest).
   */
  async checkFirst(db: Db, keepRows: number): Promise<{ kept: ReadRow[]; more: boolean }> {
    const kept: ReadRow[] = [];
    if (!this.headerIsGood()) return { kept, more: false };
    const check = await this.req.kind.prepare(db, this.scope);
    const more = await this.checkRows(db, check, (row, values) => {
      kept.push({ row, values });
      return kept.length > keepRows ? 'stop' : undefined;
    });
    if (!more && this.count === 0 && this.errorCount === 0)
      this.report({ row: 2, column: '', message: 'The file has a header row but no data rows.' });
    return { kept, more };
  }

  /**
   * Checks the rest of a long file inside the commit's transaction, handing each good row to `write`
   * while every row so far is good; after a bad one it only checks, so every error is reported.
   */
  async checkRest(progress: Db, check: RowCheck, write: (row: unknown) => Promise<void> | undefined) {
    await this.checkRows(progress, check, (_line, _values, row) => write(row));
  }

  /** Reads rows to the end of the file (false), or until `good` says stop (true). */
  private async checkRows(progress: Db, check: RowCheck, good: GoodRow): Promise<boolean> {
    const { rows } = this.file;
    const { kind } = this.req;
    let stop = false;
    try {
      for (let next = await rows.next(); !next.done; next = await rows.next()) {
        const r = next.value;
        this.count++;
        const values = this.read(cellsOf(this.indexes, r.cells));
        const parsed = values.ok ? check(values.row) : values;
        if (!parsed.ok) {
          for (const issue of parsed.issues)
            this.report({ row: r.row, column: this.labelOf(issue.field), message: issue.message });
        } else {
          const key = kind.key(parsed.row);
          const seen = this.firstRowOfKey.add(key, r.row);
          if (seen !== undefined)
            this.report({ row: r.row, column: this.keyColumn, message: `Same ${key} as row ${seen}.` });
          else if (this.errorCount === 0 && values.ok) {
            const then = good(r.row, values.row, parsed.row);
            if (then === 'stop') stop = true;
            else if (then) await then; // only then: an await a row is a turn of the loop a row
          }
        }
        if (this.count % PROGRESS_EVERY === 0)
          await updateImport(progress, this.scope.orgId, this.scope.importId, { processed: this.count });
        if (stop) return true;
      }
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      this.report({ row: error.row, column: '', message: error.message });
    }
    return false;
  }
}

/**
 * Upserts checked rows in batches inside the commit's transaction. Each row the import updated gets an
 * undo record with what it was before; so does each row it created, unless the kind removes the rows an
 * import created in one go (undoCreated): then one record says so.
 */
class RowWriter {
  private readonly counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
  private readonly bulkUndo: boolean;
  private seq = 0;
  private batch: unknown[] = [];

  constructor(
    private readonly trx: Db,
    private readonly req: ImportRequest,
    private readonly scope: ImportScope,
    private readonly importId: string,
  ) {
    this.bulkUndo = req.kind.undoCreated !== undefined;
  }

  /** Adds a row; answers a promise when that writes a batch (awaiting only then saves a turn a row). */
  add(row: unknown): Promise<void> | undefined {
    this.batch.push(row);
    return this.batch.length >= BATCH ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const { req, scope } = this;
    const applied = await req.kind.apply(this.trx, scope, this.batch);
    this.batch = [];
    const changes = [];
    for (const a of applied) {
      this.counts[a.outcome]++;
      if (a.outcome === 'unchanged' || (a.outcome === 'created' && this.bulkUndo)) continue;
      changes.push(this.change(a.entityId, a.before));
    }
    await insertImportChanges(this.trx, changes);
    // SQLite writes a batch synchronously: between two, requests waiting meanwhile get their turn.
    await nextTurn();
  }

  private change(entityId: string, before: Record<string, unknown> | null) {
    return {
      org_id: this.scope.orgId,
      import_id: this.importId,
      seq: this.seq++,
      entity: this.req.kind.entity,
      entity_id: entityId,
      before: before === null ? null : JSON.stringify(before),
    };
  }

  /** Writes what is left; answers the counts of rows created, updated and unchanged. */
  async finish(): Promise<Record<Outcome, number>> {
    await this.flush();
    if (this.bulkUndo && this.counts.created > 0)
      await insertImportChanges(this.trx, [this.change(CREATED_ROWS, null)]);
    return this.counts;
  }
}
