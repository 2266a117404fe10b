import { recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { ImportScope } from './domain/kind.js';
import type { StoredRecord } from './record-writes.js';

/** How one kind of record an import upserted is put back, for undoRecord. */
export interface RecordUndo<Stored extends StoredRecord, Values> {
  entity: string;
  find(id: string): Promise<Stored | undefined>;
  /** Throws (a conflict) when a record the import created has gained what may not be removed since. */
  refuseRemoval(current: Stored): Promise<void>;
  remove(id: string): Promise<void>;
  /** Throws (a conflict) when a key the import took from the record has been given to another since. */
  refuseTakenKeys(before: Stored): Promise<void>;
  /** The stored values to put back. */
  restore(before: Stored): Partial<Values>;
  update(id: string, values: Partial<Values>): Promise<void>;
  /** Writes the status going back (the history only grows: going back is one more change). */
  statusUndone(id: string, before: Stored): Promise<void>;
}

/**
 * Puts one record back as the import found it: one it added is taken out again (unless refused), one it
 * changed gets its stored values back, and its status history one more change; each audited.
 */
export async function undoRecord<Stored extends StoredRecord, Values>(
  trx: Db,
  scope: ImportScope,
  entityId: string,
  snapshot: Record<string, unknown> | null,
  undo: RecordUndo<Stored, Values>,
): Promise<void> {
  const actor = { ...scope.actor, label: scope.auditLabel };
  const { entity } = undo;
  const current = await undo.find(entityId);
  if (!current) return;
  if (snapshot === null) {
    await undo.refuseRemoval(current);
    await undo.remove(entityId);
    await recordAudit(trx, actor, { entity, entityId, before: current, after: null });
    return;
  }
  const before = snapshot as unknown as Stored;
  await undo.refuseTakenKeys(before);
  const restored = undo.restore(before);
  await undo.update(entityId, restored);
  if (current.status !== before.status) await undo.statusUndone(entityId, before);
  await recordAudit(trx, actor, { entity, entityId, before: current, after: { ...current, ...restored } });
}
