import type { Db } from '../db/database.js';
import type { ImportKind, ImportScope } from '../imports/domain/kind.js';
import { listDriverKeys } from '../people/store.js';
import { deleteCreatedFacts, type FactTable, undoFact } from './fact-store.js';

/**
 * What the three performance kinds share: rows are matched to DAs by Transporter ID, and an unknown ID
 * never fails the file (the row is kept with no DA, and listed for a manager to link).
 */

/** The org's DAs by Transporter ID. */
export async function driversByTransporterId(db: Db, orgId: string): Promise<Map<string, string>> {
  return new Map(
    (await listDriverKeys(db, orgId)).flatMap((d) =>
      d.transporter_id ? [[d.transporter_id, d.id] as const] : [],
    ),
  );
}

/** The station a station's file is for (the runner has made sure one was picked and is the actor's). */
export function stationOf(scope: ImportScope): string {
  if (!scope.stationId) throw new Error('a performance import without a station');
  return scope.stationId;
}

/** A row linked to a DA stays linked when a later file's Transporter ID finds none (it was linked by hand). */
export const linkedDriver = (found: string | null, stored: string | null): string | null => found ?? stored;

/** Amazon's and the cameras' files are facts about a station's DAs that managers bring in. */
export const factKind = {
  permission: 'performance.write',
  needsStation: true,
} as const satisfies Partial<ImportKind>;

/**
 * The undo of all the rows an import of a kind whose rows live in `table` created, in one statement: its
 * undo records are then one per import for the rows it created (plus one a row it updated).
 */
export const undoCreatedIn =
  (table: FactTable): NonNullable<ImportKind['undoCreated']> =>
  (trx, scope) =>
    deleteCreatedFacts(trx, table, scope.orgId, scope.importId);

/** The undo of a kind whose rows live in `table`. */
export const undoIn =
  (table: FactTable): ImportKind['undo'] =>
  (trx, scope, entityId, before) =>
    undoFact(trx, table, scope.orgId, entityId, before);
