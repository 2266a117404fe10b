import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { localDate } from '../shared/dates.js';
import { visibleStation } from '../tenancy/visible-station.js';

/** The date a request asks for at a station, or today there (the station's own time zone). */
export const dayAsked = async (
  db: Db,
  actor: Actor,
  q: { stationId: string; date?: string | undefined },
): Promise<string> => q.date ?? localDate((await visibleStation(db, actor, q.stationId)).time_zone);
