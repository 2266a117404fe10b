import { conflict } from '../../app/problems.js';
import { countsInWords } from '../../db/count.js';
import type { Db } from '../../db/database.js';
import { referencesTo } from '../../db/references.js';
import type { VansTable } from '../../db/schema.js';
import type { ImportScope } from '../../imports/domain/kind.js';
import { undoRecord } from '../../imports/record-undo.js';
import { nowIso } from '../../shared/ids.js';
import { countServiceRecordsOfVan } from '../service-store.js';
import {
  deleteVan,
  findVanByFleetNumber,
  findVanByVin,
  findVanRow,
  insertVanStatusChanges,
  updateVan,
  type VanValues,
} from '../store.js';

/**
 * What has happened to a van since it came in: its service records, and what other slices keep that
 * points at it (inspections, damage, routes), which they register with the app (src/db/references.ts).
 */
const vanHistory = () => [[countServiceRecordsOfVan, 'service record'] as const, ...referencesTo('van')];

/**
 * Puts one van back as the import found it (undoRecord): a van it added is taken out again (unless
 * something has happened to it since), one it changed gets its stored values back, and its status
 * history one more change.
 */
export async function undoVan(
  trx: Db,
  scope: ImportScope,
  entityId: string,
  snapshot: Record<string, unknown> | null,
): Promise<void> {
  await undoRecord<VansTable, VanValues>(trx, scope, entityId, snapshot, {
    entity: 'van',
    find: (id) => findVanRow(trx, scope.orgId, id),
    refuseRemoval: async (current) => {
      const since = await countsInWords(trx, scope.orgId, current.id, vanHistory());
      if (since.length > 0) {
        throw conflict(
          `Van ${current.fleet_number} was added by this import and now has ${since.join(', ')}: it cannot be taken out again.`,
        );
      }
    },
    remove: (id) => deleteVan(trx, scope.orgId, id),
    refuseTakenKeys: async (before) => {
      // Keys the import took away may have been given to another van since.
      const holders = [
        await findVanByVin(trx, scope.orgId, before.vin),
        await findVanByFleetNumber(trx, scope.orgId, before.fleet_number),
      ];
      for (const other of holders) {
        if (other && other.id !== before.id) {
          throw conflict(
            `Van ${before.fleet_number}’s number or VIN now belongs to van ${other.fleet_number}: change that first, then undo.`,
          );
        }
      }
    },
    restore: ({ org_id: _o, id: _i, created_at: _c, updated_at: _u, ...restored }) => restored,
    update: (id, values) => updateVan(trx, scope.orgId, id, values),
    statusUndone: (id, before) =>
      insertVanStatusChanges(trx, scope.orgId, [
        {
          vanId: id,
          status: before.status,
          reason: 'Import undone.',
          source: 'import',
          changedBy: scope.auditLabel,
          changedByUserId: scope.actor.userId,
          at: nowIso(),
        },
      ]),
  });
}
