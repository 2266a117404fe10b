import type { Db } from '../db/database.js';
import { groupBy } from '../people/domain/group.js';
import { localDate } from '../shared/dates.js';
import { tellDas } from './run.js';
import { workingOn } from './store.js';

/**
 * Tells DAs about items that waited for their next shift: for each station with waiting items, those
 * whose DA works there today (the station's date at `now`). Returns how many were told.
 */
export async function deliverWaiting(db: Db, now: Date = new Date()): Promise<number> {
  const waiting = await db
    .selectFrom('coaching_items')
    .innerJoin('stations', (j) =>
      j
        .onRef('stations.org_id', '=', 'coaching_items.org_id')
        .onRef('stations.id', '=', 'coaching_items.station_id'),
    )
    .selectAll('coaching_items')
    .select('stations.time_zone')
    .where('coaching_items.notify', '=', 'waiting')
    .where('coaching_items.status', '!=', 'dismissed')
    .execute();
  let told = 0;
  const byOrg = groupBy(waiting, (w) => w.org_id);
  for (const [orgId, items] of byOrg) {
    const working = new Set<string>();
    for (const [zone, inZone] of groupBy(items, (i) => i.time_zone)) {
      const ids = inZone.map((i) => i.driver_id);
      for (const id of await workingOn(db, orgId, localDate(zone, now), ids)) working.add(id);
    }
    const due = items.filter((i) => working.has(i.driver_id)).map(({ time_zone: _z, ...item }) => item);
    if (due.length === 0) continue;
    await db.transaction().execute((trx) => tellDas(trx, orgId, due));
    told += due.length;
  }
  return told;
}
