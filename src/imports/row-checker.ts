import type { Db } from '../db/database.js';
import { cellsOf, columnIndexes, headerTextErrors, type Mapping } from './domain/headers.js';
import { KeyIndex } from './domain/key-index.js';
import type { ImportKind, ImportScope, ParsedRow } from './domain/kind.js';
import { FileFormatError, type FileRow } from './file-row.js';
import { type ImportError, updateImport } from './store.js';

export const MAX_REPORTED_ERRORS = 1000;
const PROGRESS_EVERY = 5000;

/** A file's rows as its reader hands them over, in batches; the rows of one not yet used go back. */
export class RowBatches {
  private held: FileRow[] = [];

  constructor(private readonly batches: AsyncIterator<FileRow[]>) {}

  /** The next rows (none at the end of the file). */
  async next(): Promise<FileRow[]> {
    if (this.held.length > 0) {
      const held = this.held;
      this.held = [];
      return held;
    }
    for (;;) {
      const next = await this.batches.next();
      if (next.done) return [];
      if (next.value.length > 0) return next.value;
    }
  }

  putBack(rows: FileRow[]): void {
    this.held = rows;
  }
}

/** The header row (none for an empty file), or why the file could not be read. */
export async function readHeaders(
  rows: RowBatches,
): Promise<{ headers: string[]; unreadable: ImportError | null }> {
  try {
    const [first, ...rest] = await rows.next();
    rows.putBack(rest);
    return { headers: first ? first.cells.map((c) => c.trim()) : [], unreadable: null };
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    return { headers: [], unreadable: { row: error.row, column: '', message: error.message } };
  }
}

/** The file as the runner opened it: its remaining rows, its header and how it maps to the fields. */
export interface OpenedFile {
  rows: RowBatches;
  headers: string[];
  unreadable: ImportError | null;
  mapping: Mapping;
}

/**
 * A data row as the first check read it: its row number for messages, its values (for a second check
 * when what is stored changed meanwhile) and the row as checked (to write when nothing did).
 */
export interface ReadRow {
  row: number;
  values: unknown;
  checked: unknown;
}

export type RowCheck = (values: unknown, row: number) => ParsedRow<unknown>;

/** What `RowChecker` does with a good row while every row so far is good: go on, wait, or stop reading. */
type GoodRow = (line: number, values: unknown, row: unknown) => Promise<void> | 'stop' | undefined;

/**
 * Reads and checks a file's rows in order, in one or two stretches (before the commit, then inside its
 * transaction), reporting every bad cell and every repeated key with its row and column; counts the rows.
 */
export class RowChecker {
  readonly errors: ImportError[] = [];
  errorCount = 0;
  /** Data rows read so far. */
  count = 0;
  /** The progress written so far (one row changed each): the runner's own writes while it checks. */
  progressWrites = 0;
  private readonly read: ReturnType<ImportKind['reader']>;
  private readonly indexes: [string, number][];
  private readonly keyColumn: string;
  // A long file's million keys, held compactly (in a Map each costs ~100 bytes: a string and an entry).
  private readonly firstRowOfKey = new KeyIndex();

  constructor(
    private readonly kind: ImportKind,
    private readonly file: OpenedFile,
    private readonly scope: ImportScope,
  ) {
    this.read = kind.reader();
    this.indexes = columnIndexes(file.mapping, file.headers);
    const keyField = kind.keyFields?.[0];
    this.keyColumn = keyField ? this.labelOf(keyField) : '';
  }

  private report(e: ImportError): void {
    this.errorCount++;
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(e);
  }

  private labelOf(field: string): string {
    return this.file.mapping[field] ?? this.kind.fields.find((f) => f.name === field)?.label ?? field;
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
      for (const f of this.kind.fields) {
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
    const check = await this.kind.prepare(db, this.scope);
    const more = await this.checkRows(db, check, (row, values, checked) => {
      kept.push({ row, values, checked });
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
    try {
      for (let batch = await rows.next(); batch.length > 0; batch = await rows.next()) {
        for (let i = 0; i < batch.length; i++) {
          const then = this.checkRow(batch[i] as FileRow, check, good);
          if (then && then !== 'stop') await then; // only then: an await a row is a turn of the loop a row
          if (this.count % PROGRESS_EVERY === 0) {
            this.progressWrites++;
            await updateImport(progress, this.scope.orgId, this.scope.importId, { processed: this.count });
          }
          if (then === 'stop') {
            rows.putBack(batch.slice(i + 1));
            return true;
          }
        }
      }
    } catch (error) {
      if (!(error instanceof FileFormatError)) throw error;
      this.report({ row: error.row, column: '', message: error.message });
    }
    return false;
  }

  /** Checks one row, reporting what is wrong with it; a good one while all are goes to `good`. */
  private checkRow(r: FileRow, check: RowCheck, good: GoodRow): ReturnType<GoodRow> {
    const { kind } = this;
    this.count++;
    const values = this.read(cellsOf(this.indexes, r.cells));
    const parsed = values.ok ? check(values.row, r.row) : values;
    if (!parsed.ok) {
      for (const issue of parsed.issues)
        this.report({ row: r.row, column: this.labelOf(issue.field), message: issue.message });
    } else {
      const key = kind.key(parsed.row);
      const seen = this.firstRowOfKey.add(key, r.row);
      if (seen !== undefined)
        this.report({ row: r.row, column: this.keyColumn, message: `Same ${key} as row ${seen}.` });
      else if (this.errorCount === 0 && values.ok) return good(r.row, values.row, parsed.row);
    }
    return undefined;
  }
}
