import { badRequest } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { routeView } from './board.js';
import { findRoute, touchDay, updateRoute } from './day-store.js';
import { currentRoute } from './delivery-routes.js';
import { type CloseInput, checkClose, closeInstants } from './domain/day-close.js';

/**
 * Closes a route at the end of the day: when it actually started and ended, stops completed,
 * packages delivered and returned. Correcting a close is the same call again.
 */
export async function closeRoute(db: Db, actor: Actor, id: string, version: number, input: CloseInput) {
  return db.transaction().execute(async (trx) => {
    const before = await currentRoute(trx, actor, id, version);
    if (!before.driver_id)
      throw badRequest(`Route ${before.code} had no DA.`, [
        { path: 'id', message: 'Assign the DA who drove it first.' },
      ]);
    const errors = checkClose(input, before);
    if (errors.length) throw badRequest('Check the figures.', errors);
    const station = await visibleStation(trx, actor, before.station_id);
    const times = closeInstants(before.business_date, input.actualStart, input.actualEnd, station.time_zone);
    await updateRoute(trx, actor.orgId, id, {
      actual_start: times.start,
      actual_end: times.end,
      stops_completed: input.stopsCompleted,
      packages_delivered: input.packagesDelivered,
      packages_returned: input.packagesReturned,
      closed_by: actor.label,
      closed_at: nowIso(),
    });
    const after = (await findRoute(trx, actor.orgId, id)) as RoutesTable;
    await recordAudit(trx, actor, { entity: 'route', entityId: id, before, after });
    await touchDay(trx, actor.orgId, before.station_id, before.business_date);
    return routeView(after, station.time_zone);
  });
}
