import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { FilePurpose, FilesTable } from '../db/schema.js';
import { serviceKeepsFileIn } from '../fleet/store.js';
import { damageKeepsFileIn } from '../inspections/damage-store.js';
import { inspectionKeepsFileIn } from '../inspections/store.js';
import { documentKeepsFileIn } from '../people/documents-store.js';
import { findDriver } from '../people/store.js';
import { scorecardKeepsFileIn } from '../performance/dsp-scorecard-store.js';

type KeepsFileIn = (db: Db, orgId: string, fileId: string, stationIds: readonly string[]) => Promise<boolean>;

/**
 * Every record that keeps files, with the purposes it accepts (so a document never costs a search of
 * inspections). A record added here is the only change a new kind of attachment needs.
 */
const KEEPERS: { purposes: readonly FilePurpose[]; keepsFileIn: KeepsFileIn }[] = [
  { purposes: ['document', 'photo'], keepsFileIn: documentKeepsFileIn },
  { purposes: ['document'], keepsFileIn: scorecardKeepsFileIn },
  { purposes: ['document', 'photo'], keepsFileIn: serviceKeepsFileIn },
  { purposes: ['document', 'photo', 'video'], keepsFileIn: damageKeepsFileIn },
  { purposes: ['photo', 'video'], keepsFileIn: inspectionKeepsFileIn },
];

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
  for (const k of KEEPERS) {
    if (k.purposes.includes(file.purpose) && (await k.keepsFileIn(db, actor.orgId, file.id, stations)))
      return true;
  }
  return false;
}
