import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import type { AppliedRow } from '../imports/domain/kind.js';
import type { UnmatchedIds } from '../imports/domain/unmatched.js';
import { newId, nowIso } from '../shared/ids.js';

/** The tables of facts files bring in: a DA's week, safety events, customer feedback. */
export type FactTable = 'da_weeks' | 'safety_events' | 'customer_feedback';
export type FactRow<T extends FactTable> = Database[T];

/** The columns every fact has, as upsertFacts gives them to a new row. */
export interface FactCommon {
  org_id: string;
  id: string;
  import_id: string;
  created_at: string;
  updated_at: string;
}

/** What a kind says about its rows: the natural key, a new row, and what a file row changes in a stored one. */
export interface FactSpec<T extends FactTable, V> {
  key(values: V): string;
  /**
   * The row to insert, with the columns every fact has (`common`). Written out as one object literal
   * for a kind whose files run to a million rows: spreading a row into another costs ~3 µs a row.
   */
  fresh(values: V, common: FactCommon): FactRow<T>;
  /** The columns the file row changes in the stored one; null when it changes nothing. */
  patch(values: V, stored: FactRow<T>): Partial<FactRow<T>> | null;
}

/**
 * Upserts one batch of a file's rows by natural key: new ones in multi-row inserts, changed ones one by
 * one (a re-import rarely changes many). `stored` holds the batch's rows already on file, by key.
 */
export async function upsertFacts<T extends FactTable, V>(
  trx: Db,
  table: T,
  ids: { orgId: string; importId: string; unmatched?: UnmatchedIds | undefined },
  batch: readonly V[],
  stored: ReadonlyMap<string, FactRow<T>>,
  spec: FactSpec<T, V>,
): Promise<AppliedRow[]> {
  const at = nowIso();
  const inserts: FactRow<T>[] = [];
  const applied: AppliedRow[] = [];
  for (const values of batch) {
    const before = stored.get(spec.key(values));
    if (!before) {
      const row = spec.fresh(values, {
        org_id: ids.orgId,
        id: newId(),
        import_id: ids.importId,
        created_at: at,
        updated_at: at,
      });
      inserts.push(row);
      applied.push({ outcome: 'created', entityId: row.id, before: null });
      noteUnmatched(ids.unmatched, row);
      continue;
    }
    const patch = spec.patch(values, before);
    noteUnmatched(ids.unmatched, { ...before, ...patch });
    if (!patch) {
      applied.push({ outcome: 'unchanged', entityId: before.id, before: null });
      continue;
    }
    await updateFact(trx, table, ids.orgId, before.id, { ...patch, import_id: ids.importId, updated_at: at });
    applied.push({ outcome: 'updated', entityId: before.id, before: { ...before } });
  }
  await insertRows(trx, table, inserts as never[]);
  return applied;
}

/** A row kept with a Transporter ID and no DA waits to be linked: the import's result says so. */
function noteUnmatched(
  tally: UnmatchedIds | undefined,
  row: { transporter_id: string | null; driver_id: string | null },
) {
  if (tally && row.transporter_id && !row.driver_id) tally.add(row.transporter_id);
}

// The three tables share org_id and id, which is all these two statements name.
async function updateFact(
  trx: Db,
  table: FactTable,
  orgId: string,
  id: string,
  patch: object,
): Promise<void> {
  await trx
    .updateTable(table as 'da_weeks')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** Puts a fact back as it was before an import: removed if the import created it, else its columns restored. */
export async function undoFact(
  trx: Db,
  table: FactTable,
  orgId: string,
  id: string,
  before: Record<string, unknown> | null,
): Promise<void> {
  if (before === null) {
    await trx
      .deleteFrom(table as 'da_weeks')
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .execute();
    return;
  }
  // What people set since (an event's status, a link to a DA) is theirs, not the import's to take back.
  const { org_id: _org, id: _id, status: _status, ...columns } = before;
  if (columns.driver_id === null) delete columns.driver_id;
  await updateFact(trx, table, orgId, id, columns);
}

/**
 * Removes the facts an import created: those still marked with it once the ones it updated have been put
 * back (a fact carries the import that last wrote it, and only the newest import of a kind is undone).
 */
export async function deleteCreatedFacts(
  trx: Db,
  table: FactTable,
  orgId: string,
  importId: string,
): Promise<void> {
  await trx
    .deleteFrom(table as 'da_weeks')
    .where('org_id', '=', orgId)
    .where('import_id', '=', importId)
    .execute();
}

/** The columns of `next` whose values differ from `stored`'s; null when none does. */
export function changedColumns<R extends object>(next: Partial<R>, stored: R): Partial<R> | null {
  const changed = Object.entries(next).filter(([k, v]) => stored[k as keyof R] !== v);
  return changed.length > 0 ? (Object.fromEntries(changed) as Partial<R>) : null;
}
