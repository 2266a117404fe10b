import { type AuditChange, recordAudits } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { AppliedRow, ImportScope } from './domain/kind.js';

/** A stored record an import upserts (a DA, a van): its id and its status. */
export interface StoredRecord {
  id: string;
  status: string;
}

/**
 * How one kind of record is read, created, changed and given status history, for applyRecords. The
 * store functions are the slice's; the plan of a batch, its audit and its history are the same job.
 */
export interface RecordWrites<Row, Stored extends StoredRecord, Values> {
  entity: string;
  /** The stored records the batch's rows were found to be when checked, by id. */
  found(rows: Row[]): Promise<Map<string, Stored>>;
  /** The record a row found (undefined: the row is a new one). */
  recordOf(row: Row, found: Map<string, Stored>): Stored | undefined;
  /** A new record's values (the check made sure a new row has what one needs). */
  create(row: Row): Values;
  /** What the row changes of a stored record, status and its reason and date included (empty: nothing). */
  patch(row: Row, before: Stored): Partial<Values>;
  insert(values: Values[]): Promise<Stored[]>;
  update(id: string, patch: Partial<Values>): Promise<void>;
  /** Writes the status history of records created, or changed in status, as they are now. */
  insertHistory(now: Stored[]): Promise<void>;
}

/** The fields of `next` given (not undefined) whose value differs from `before`'s. */
export function changedFields<V extends object>(next: Partial<V>, before: V): Partial<V> {
  const patch: Partial<V> = {};
  for (const key in next) {
    const value = next[key];
    if (value !== undefined && value !== before[key]) patch[key] = value;
  }
  return patch;
}

/**
 * Upserts a batch of checked rows of records: new ones in multi-row inserts, changed ones one update
 * each; then their status history and audit rows, each in a few multi-row inserts. Answers each row's
 * outcome with the record as it was, for undo.
 */
export async function applyRecords<Row, Stored extends StoredRecord, Values>(
  trx: Db,
  scope: ImportScope,
  rows: Row[],
  writes: RecordWrites<Row, Stored, Values>,
): Promise<AppliedRow[]> {
  const found = await writes.found(rows);
  const toCreate: Values[] = [];
  type Plan = { create: number } | { before: Stored; patch: Partial<Values> };
  const plans = rows.map((row): Plan => {
    const before = writes.recordOf(row, found);
    if (before) return { before, patch: writes.patch(row, before) };
    toCreate.push(writes.create(row));
    return { create: toCreate.length - 1 };
  });

  const created = await writes.insert(toCreate);
  const history: Stored[] = [];
  const audits: AuditChange[] = [];
  const out: AppliedRow[] = [];
  const { entity } = writes;
  for (const plan of plans) {
    if ('create' in plan) {
      const record = created[plan.create] as Stored;
      history.push(record);
      audits.push({ entity, entityId: record.id, before: null, after: record });
      out.push({ outcome: 'created', entityId: record.id, before: null });
      continue;
    }
    const { before, patch } = plan;
    if (Object.keys(patch).length === 0) {
      out.push({ outcome: 'unchanged', entityId: before.id, before });
      continue;
    }
    await writes.update(before.id, patch);
    const after = { ...before, ...patch };
    if ((patch as Partial<StoredRecord>).status) history.push(after);
    audits.push({ entity, entityId: before.id, before, after });
    out.push({ outcome: 'updated', entityId: before.id, before });
  }
  await writes.insertHistory(history);
  await recordAudits(trx, { ...scope.actor, label: scope.auditLabel }, audits);
  return out;
}
