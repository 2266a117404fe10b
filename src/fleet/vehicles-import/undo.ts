import { conflict } from '../../app/problems.js';
import { recordAudit } from '../../audit/store.js';
import { countsInWords } from '../../db/count.js';
import type { Db } from '../../db/database.js';
import { referencesTo } from '../../db/references.js';
import type { VansTable } from '../../db/schema.js';
import type { ImportScope } from '../../imports/domain/kind.js';
import { nowIso } from '../../shared/ids.js';
import { countServiceRecordsOfVan } from '../service-store.js';
import {
  deleteVan,
  findVanByFleetNumber,
  findVanByVin,
  findVanRow,
  insertVanStatusChanges,
  updateVan,
} from '../store.js';

/**
 * What has happened to a van since it came in: its service records, and what other slices keep that
 * points at it (inspections, damage, routes), which they register with the app (src/db/references.ts).
 */
const vanHistory = () => [[countServiceRecordsOfVan, 'service record'] as const, ...referencesTo('van')];

/**
 * Puts one van back as the import found it: a van it added is taken out again (unless something has
 * happened to it since), one it changed gets its stored values back, and its status history one more change.
 */
export async function undoVan(
  trx: Db,
  scope: ImportScope,
  entityId: string,
  snapshot: Record<string, unknown> | null,
): Promise<void> {
  const actor = { ...scope.actor, label: scope.auditLabel };
  const current = await findVanRow(trx, scope.orgId, entityId);
  if (!current) return;
  if (snapshot === null) {
    const since = await countsInWords(trx, scope.orgId, entityId, vanHistory());
    if (since.length > 0) {
      throw conflict(
        `Van ${current.fleet_number} was added by this import and now has ${since.join(', ')}: it cannot be taken out again.`,
      );
    }
    await deleteVan(trx, scope.orgId, entityId);
    await recordAudit(trx, actor, { entity: 'van', entityId, before: current, after: null });
    return;
  }
  const before = snapshot as unknown as VansTable;
  // Keys the import took away may have been given to another van since.
  const holders = [
    await findVanByVin(trx, scope.orgId, before.vin),
    await findVanByFleetNumber(trx, scope.orgId, before.fleet_number),
  ];
  for (const other of holders) {
    if (other && other.id !== entityId) {
      throw conflict(
        `Van ${before.fleet_number}’s number or VIN now belongs to van ${other.fleet_number}: change that first, then undo.`,
      );
    }
  }
  const { org_id: _o, id: _i, created_at: _c, updated_at: _u, ...restored } = before;
  await updateVan(trx, scope.orgId, entityId, restored);
  if (current.status !== before.status) {
    // The status history only grows: going back is one more change.
    await insertVanStatusChanges(trx, scope.orgId, [
      {
        vanId: entityId,
        status: before.status,
        reason: 'Import undone.',
        source: 'import',
        changedBy: actor.label,
        changedByUserId: actor.userId,
        at: nowIso(),
      },
    ]);
  }
  await recordAudit(trx, actor, {
    entity: 'van',
    entityId,
    before: current,
    after: { ...current, ...restored },
  });
}
