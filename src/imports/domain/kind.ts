import type { Actor, Permission } from '../../auth/domain/permissions.js';
import type { Db } from '../../db/database.js';
import type { UnmatchedField, UnmatchedIds } from './unmatched.js';

export interface ImportField {
  name: string;
  label: string;
  required: boolean;
  /** Other headers the field goes by in real files (matched like the name: case and punctuation ignored). */
  aliases?: string[];
  /**
   * The column (A, B, …) the field stands in when no header names it: a report known by its columns'
   * places (Capacity & Reliability's A, E, F…) whose headings vary.
   */
  column?: string;
  description?: string;
}

/** A problem with one cell: `field` is the field's name; the runner turns it into the file's column header. */
export interface CellIssue {
  field: string;
  message: string;
}

export type ParsedRow<Row> = { ok: true; row: Row } | { ok: false; issues: CellIssue[] };

export interface ImportScope {
  orgId: string;
  stationId: string | null;
  /** The business day the file is for (YYYY-MM-DD), for kinds that need one. */
  businessDate: string | null;
  actor: Actor;
  /** How audit rows of this import name the actor, e.g. "Ana <ana@x> via import stations.csv". */
  auditLabel: string;
  /** The uploaded file's name: some files say what they hold only there (a week in Amazon's file names). */
  fileName: string;
  /** The uploaded file's SHA-256 and size, for kinds that keep the file as evidence (money's). */
  file?: { sha256: string; bytes: number };
  /** The import running (or being undone), for rows that keep which import last wrote them. */
  importId: string;
  /** Where a kind that keeps rows naming no known DA counts them, for the result to say so. */
  unmatched?: UnmatchedIds;
}

export type Outcome = 'created' | 'updated' | 'unchanged';

/** The entity id of the one undo record that stands for every row an import created (see undoCreated). */
export const CREATED_ROWS = '*';

export interface AppliedRow {
  outcome: Outcome;
  entityId: string;
  /** The stored row before this import, for undo (written as JSON); null when the import created it. */
  before: object | null;
}

/**
 * A kind of file the import mechanism accepts. Slices register their kinds (stations, drivers,
 * vehicles, routes, weekly metrics…); the runner does the reading, mapping, checking, batching,
 * all-or-nothing commit, history and undo for all of them.
 */
export interface ImportKind<Row = unknown, Values = unknown> {
  kind: string;
  label: string;
  /** Which permission running this import needs. */
  permission: Permission;
  /** Whether a station must be picked for the file (e.g. a day's routes). */
  needsStation: boolean;
  /** Whether the file is one business day's, picked beside the station (a day's routes). */
  needsDate?: boolean;
  /** The entity name its rows carry in the audit trail and in undo records. */
  entity: string;
  /** The id its rows name a DA by when an unknown one is kept (default: the Transporter ID). */
  unmatchedField?: UnmatchedField;
  fields: ImportField[];
  /**
   * Makes the reader of one row's cells ({field: trimmed text}) into values: the checks that need no
   * database. The runner reads each row once: a short file's values are kept in memory for the commit,
   * a long file's rows are checked and written as they are read, inside the commit's transaction.
   */
  reader(): (cells: Record<string, string>) => ParsedRow<Values>;
  /**
   * For a kind whose file may also come as a PDF in a known layout (Amazon's Fixed Monthly invoice): the
   * PDF's table as a sheet would hold it, header row first, its cells then read like any file's. It
   * throws the runner's FileFormatError, saying why, for a PDF not in that layout: nothing is guessed.
   */
  readPdf?(file: string, fileName: string): Promise<string[][]>;
  /**
   * Loads whatever checking needs from the database once, and returns the check of one row's values
   * against it (called in file order). It runs before the commit and again inside the commit's
   * transaction, so what is saved is right for what is stored then. `row` is the file's row number
   * (header = 1), for kinds whose rows are evidence that names it.
   */
  prepare(db: Db, scope: ImportScope): Promise<(values: Values, row: number) => ParsedRow<Row>>;
  /** The natural key: two rows with the same key in one file are an error. */
  key(row: Row): string;
  /** The fields the key is made of: a repeated key is reported in the first one's column. */
  keyFields?: string[];
  /** Upserts a batch by natural key inside the import's transaction, writing audit rows as it goes. */
  apply(trx: Db, scope: ImportScope, rows: Row[]): Promise<AppliedRow[]>;
  /** Puts one entity back as it was before the import (before = null: the import created it). */
  undo(trx: Db, scope: ImportScope, entityId: string, before: Record<string, unknown> | null): Promise<void>;
  /**
   * Removes every row the import (scope.importId) created, in one statement: for kinds whose rows keep
   * the import that last wrote them, once the rows it updated are put back, those still marked with it are
   * the ones it created. A kind that has it gets one undo record for all the rows an import created (a
   * file of a million facts), not one a row; undo puts the updated rows back first, then calls this.
   */
  undoCreated?(trx: Db, scope: ImportScope): Promise<void>;
  /**
   * What the arrival of the committed rows sets off (coaching rules on a week's metrics), in its own
   * transactions: the import stands whatever it does.
   */
  afterCommit?(db: Db, scope: ImportScope): Promise<void>;
  /**
   * What an undone import sets off once the undo is committed (checks that read what it removed run
   * again), in its own transactions: the undo stands whatever it does.
   */
  afterUndo?(db: Db, scope: ImportScope): Promise<void>;
}
