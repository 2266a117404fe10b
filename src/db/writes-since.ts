import { sql } from 'kysely';
import { type Db, holdsOneConnection } from './database.js';

/**
 * A moment on an embedded database's connection: the rows it had changed so far (total_changes, triggers
 * included) and the file's data version (moves whenever another connection commits).
 */
export interface WriteMark {
  changes: number;
  version: number;
}

const MARK = sql<WriteMark>`select total_changes() as changes, (select data_version from pragma_data_version) as version`;

/** The moment now on `db`'s connection; null on PostgreSQL, where any commit anywhere moves the snapshot. */
export async function writeMark(db: Db): Promise<WriteMark | null> {
  if (!holdsOneConnection(db)) return null;
  const { rows } = await MARK.execute(db);
  return rows[0] ?? null;
}

/**
 * Whether nothing was written since `mark`, on `db`'s connection (the one it was taken on) or by any
 * other, but `own` rows the caller changed itself on it (one each) and counted. Any doubt answers false.
 */
export async function onlyOwnWritesSince(db: Db, mark: WriteMark, own: number): Promise<boolean> {
  const now = await writeMark(db);
  return now !== null && now.version === mark.version && now.changes === mark.changes + own;
}
