import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../db/database.js';
import { CREATED_ROWS, type ImportKind, type ImportScope, type Outcome } from './domain/kind.js';
import { insertImportChanges } from './store.js';

const BATCH = 500;

/**
 * Upserts checked rows in batches inside the commit's transaction. Each row the import updated gets an
 * undo record with what it was before; so does each row it created, unless the kind removes the rows an
 * import created in one go (undoCreated): then one record says so.
 */
export class RowWriter {
  private readonly counts: Record<Outcome, number> = { created: 0, updated: 0, unchanged: 0 };
  private readonly bulkUndo: boolean;
  private seq = 0;
  private batch: unknown[] = [];

  constructor(
    private readonly trx: Db,
    private readonly kind: ImportKind,
    private readonly scope: ImportScope,
    private readonly importId: string,
  ) {
    this.bulkUndo = kind.undoCreated !== undefined;
  }

  /** Adds a row; answers a promise when that writes a batch (awaiting only then saves a turn a row). */
  add(row: unknown): Promise<void> | undefined {
    this.batch.push(row);
    return this.batch.length >= BATCH ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const { kind, scope } = this;
    const applied = await kind.apply(this.trx, scope, this.batch);
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

  private change(entityId: string, before: object | null) {
    return {
      org_id: this.scope.orgId,
      import_id: this.importId,
      seq: this.seq++,
      entity: this.kind.entity,
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
