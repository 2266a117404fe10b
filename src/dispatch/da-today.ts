import type { Db } from '../db/database.js';
import type { DriversTable } from '../db/schema.js';
import { localDate } from '../shared/dates.js';
import { findStation } from '../tenancy/store.js';

/** Today's date at the DA's home station (UTC when the station is not found). */
export const daToday = async (db: Db, orgId: string, da: Pick<DriversTable, 'home_station_id'>) =>
  localDate((await findStation(db, orgId, da.home_station_id))?.time_zone ?? 'UTC');
