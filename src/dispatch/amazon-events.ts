import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { instantAt, localTime } from '../shared/dates.js';
import { newId, nowIso } from '../shared/ids.js';
import { visibleStation } from '../tenancy/visible-station.js';
import {
  deleteDelay,
  deleteLateCancel,
  findDelay,
  findLateCancel,
  insertDelay,
  insertLateCancel,
  listDelays,
  listLateCancels,
  updateLateCancel,
} from './amazon-events-store.js';
import { boardRecordsChanged } from './board-records.js';
import { listDayRoutes, touchDay } from './day-store.js';
import { currentRoute } from './delivery-routes.js';

/**
 * What Amazon decided on a station's day that the DSP is owed for (issue 16 item 4): a route cancelled
 * after we staffed it (late cancel) and an unplanned delay on some routes. The money checks price them
 * as expected pay. A late-cancelled route keeps its DA: the DA is paid for the day by the org's rules.
 */

export interface LateCancelInput {
  /** Local time at the station when Amazon cancelled it. */
  time: string;
  note?: string | null | undefined;
}

export async function recordLateCancel(db: Db, actor: Actor, routeId: string, input: LateCancelInput) {
  const row = await db.transaction().execute(async (trx) => {
    const route = await currentRoute(trx, actor, routeId);
    if (!route.driver_id)
      throw conflict(
        `Route ${route.code} has no DA: a route Amazon cancels before we staff it is not a late cancel.`,
        'routeId',
      );
    const station = await visibleStation(trx, actor, route.station_id);
    const values = {
      cancelled_at: instantAt(route.business_date, input.time, station.time_zone),
      note: input.note?.trim() || null,
      recorded_by: actor.label,
    };
    const before = await findLateCancel(trx, actor.orgId, route.id);
    const after = before
      ? { ...before, ...values }
      : {
          org_id: actor.orgId,
          id: newId(),
          route_id: route.id,
          station_id: route.station_id,
          business_date: route.business_date,
          ...values,
          created_at: nowIso(),
        };
    if (before) await updateLateCancel(trx, actor.orgId, before.id, values);
    else await insertLateCancel(trx, after);
    await recordAudit(trx, actor, {
      entity: 'route_late_cancel',
      entityId: after.id,
      before: before ?? null,
      after,
    });
    await touchDay(trx, actor.orgId, route.station_id, route.business_date);
    return after;
  });
  await changed(db, actor, row);
  return row;
}

/** The day's records changed: what other slices hang on them runs (money re-checks the week). */
const changed = (db: Db, actor: Actor, day: { station_id: string; business_date: string }) =>
  boardRecordsChanged(db, { orgId: actor.orgId, stationId: day.station_id, date: day.business_date });

export async function removeLateCancel(db: Db, actor: Actor, routeId: string): Promise<void> {
  const route = await db.transaction().execute(async (trx) => {
    const route = await currentRoute(trx, actor, routeId);
    const row = await findLateCancel(trx, actor.orgId, route.id);
    if (!row) throw notFound('Late cancel');
    await deleteLateCancel(trx, actor.orgId, row.id);
    await recordAudit(trx, actor, {
      entity: 'route_late_cancel',
      entityId: row.id,
      before: row,
      after: null,
    });
    await touchDay(trx, actor.orgId, route.station_id, route.business_date);
    return route;
  });
  await changed(db, actor, route);
}

export interface DelayInput {
  routeIds: string[];
  minutes: number;
  note?: string | null | undefined;
}

export async function recordDelay(db: Db, actor: Actor, input: DelayInput) {
  const delay = await db.transaction().execute(async (trx) => {
    const routes = [];
    for (const id of new Set(input.routeIds)) routes.push(await currentRoute(trx, actor, id));
    const [first] = routes;
    if (!first)
      throw badRequest('Name the routes delayed.', [{ path: 'routeIds', message: 'At least one route.' }]);
    const other = routes.find(
      (r) => r.station_id !== first.station_id || r.business_date !== first.business_date,
    );
    if (other)
      throw badRequest('A delay is logged for one station’s day.', [
        { path: 'routeIds', message: `Route ${other.code} is on another day or station than ${first.code}.` },
      ]);
    const row = {
      org_id: actor.orgId,
      id: newId(),
      station_id: first.station_id,
      business_date: first.business_date,
      minutes: input.minutes,
      route_ids: JSON.stringify(routes.map((r) => r.id)),
      note: input.note?.trim() || null,
      recorded_by: actor.label,
      created_at: nowIso(),
    };
    await insertDelay(trx, row);
    await recordAudit(trx, actor, { entity: 'unplanned_delay', entityId: row.id, before: null, after: row });
    await touchDay(trx, actor.orgId, first.station_id, first.business_date);
    return row;
  });
  await changed(db, actor, delay);
  return delay;
}

export async function removeDelay(db: Db, actor: Actor, id: string): Promise<void> {
  const removed = await db.transaction().execute(async (trx) => {
    const row = await findDelay(trx, actor.orgId, id);
    if (!row || !inStationScope(actor, row.station_id)) throw notFound('Delay');
    await deleteDelay(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'unplanned_delay', entityId: id, before: row, after: null });
    await touchDay(trx, actor.orgId, row.station_id, row.business_date);
    return row;
  });
  await changed(db, actor, removed);
}

/** A station's day as the board shows Amazon's decisions: late cancels and delays, with route codes. */
export async function amazonEventsOfDay(db: Db, actor: Actor, stationId: string, date: string) {
  const station = await visibleStation(db, actor, stationId);
  const [routes, cancels, delays] = await Promise.all([
    listDayRoutes(db, actor.orgId, station.id, date),
    listLateCancels(db, actor.orgId, station.id, date, date),
    listDelays(db, actor.orgId, station.id, date, date),
  ]);
  const code = new Map(routes.map((r) => [r.id, r.code]));
  return {
    lateCancels: cancels.map((c) => ({
      id: c.id,
      routeId: c.route_id,
      code: code.get(c.route_id) ?? '',
      time: localTime(c.cancelled_at, station.time_zone),
      note: c.note,
      recordedBy: c.recorded_by,
    })),
    delays: delays.map((d) => {
      const ids = JSON.parse(d.route_ids) as string[];
      return {
        id: d.id,
        minutes: d.minutes,
        routeIds: ids,
        codes: ids.map((id) => code.get(id) ?? ''),
        note: d.note,
        recordedBy: d.recorded_by,
      };
    }),
  };
}
