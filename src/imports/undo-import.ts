import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/ids.js';
import { CREATED_ROWS, type ImportKind } from './domain/kind.js';
import { findImport, latestCommittedImport, listImportChanges, updateImport } from './store.js';

/**
 * Puts every row an import created or changed back as it was, newest change first. Only the newest
 * committed import of a kind can be undone, so a later import's changes are never lost underneath.
 * A kind that removes an import's created rows in one go has them removed last, once the rows the import
 * updated are back as they were (and no longer marked with it).
 */
export async function undoImport(
  db: Db,
  kinds: ReadonlyMap<string, ImportKind>,
  actor: Actor,
  importId: string,
): Promise<void> {
  const undone = await db.transaction().execute(async (trx) => {
    const imp = await findImport(trx, actor.orgId, importId);
    if (!imp) throw notFound('Import');
    const kind = kinds.get(imp.kind);
    if (!kind) throw notFound('Import kind');
    if (imp.status !== 'committed')
      throw conflict(`This import is ${imp.status}; only a committed import can be undone.`);
    const latest = await latestCommittedImport(trx, actor.orgId, imp.kind, imp.business_date);
    if (latest?.id !== imp.id) throw conflict('A later import of the same kind exists: undo that one first.');
    const scope = {
      orgId: actor.orgId,
      stationId: imp.station_id,
      businessDate: imp.business_date,
      actor,
      auditLabel: `${actor.label} undoing import ${imp.file_name}`,
      fileName: imp.file_name,
      importId: imp.id,
    };
    let created = false;
    for (const change of await listImportChanges(trx, actor.orgId, imp.id)) {
      if (change.entity_id === CREATED_ROWS && change.before === null) {
        created = true;
        continue;
      }
      const before = change.before === null ? null : (JSON.parse(change.before) as Record<string, unknown>);
      await kind.undo(trx, scope, change.entity_id, before);
    }
    if (created) {
      if (!kind.undoCreated) throw new Error(`Imports of ${kind.kind} cannot remove their rows in one go.`);
      await kind.undoCreated(trx, scope);
    }
    const undoneAt = nowIso();
    await updateImport(trx, actor.orgId, imp.id, { status: 'undone', undone_at: undoneAt });
    await recordAudit(trx, actor, {
      entity: 'import',
      entityId: imp.id,
      before: { status: 'committed' },
      after: { status: 'undone' },
    });
    return { kind, scope };
  });
  try {
    await undone.kind.afterUndo?.(db, undone.scope);
  } catch (error) {
    process.emitWarning(`After undoing import ${importId} (${undone.kind.kind}): ${String(error)}`);
  }
}
