import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { findStation } from '../tenancy/store.js';

/** Today's date on a station's calendar (UTC's for a station not found). */
export const stationToday = async (db: Db, orgId: string, stationId: string) =>
  localDate((await findStation(db, orgId, stationId))?.time_zone ?? 'UTC');

/** Today's date at the DA's home station. */
export const daToday = (db: Db, orgId: string, da: { home_station_id: string }) =>
  stationToday(db, orgId, da.home_station_id);
