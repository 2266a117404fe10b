import type { FileKeeper } from '../app/slice.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { FilesTable } from '../db/schema.js';
import { findDriver } from '../people/store.js';

/**
 * Every record that keeps files, with the purposes it accepts (so a document never costs a search of
 * inspections). Each slice names its own in its `fileKeepers`, and the app registers them here.
 */
const keepers = new Map<FileKeeper['keepsFileIn'], FileKeeper>();

export function registerFileKeeper(keeper: FileKeeper): void {
  keepers.set(keeper.keepsFileIn, keeper);
}

/**
 * Whether a file is within a staff member's stations: files follow the station of the records that keep
 * them (a DA's documents, inspections, damage and repairs, service invoices, scorecards), and of the DA
 * they concern. Org-wide staff see every file; anyone sees what they uploaded themselves.
 */
export async function fileInStationScope(db: Db, actor: Actor, file: FilesTable): Promise<boolean> {
  const stations = actor.stationIds;
  if (stations === null) return true;
  if (actor.userId && file.uploaded_by === actor.userId) return true;
  if (stations.length === 0) return false;
  if (file.driver_id) {
    const da = await findDriver(db, actor.orgId, file.driver_id);
    if (da && inStationScope(actor, da.home_station_id)) return true;
  }
  for (const k of keepers.values()) {
    if (k.purposes.includes(file.purpose) && (await k.keepsFileIn(db, actor.orgId, file.id, stations)))
      return true;
  }
  return false;
}
