import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { groupBy } from '../people/domain/group.js';
import { findDriversByIds } from '../people/store.js';
import { instantAt } from '../shared/dates.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { driverName } from './day-context.js';
import {
  deleteRescue,
  findRescue,
  insertRescue,
  listRescues,
  listStationRoutes,
  touchDay,
} from './day-store.js';
import { currentRoute } from './delivery-routes.js';
import { closeInstants } from './domain/day-close.js';

export interface RescueInput {
  routeId: string;
  rescuerDriverId: string;
  stops: number;
  packages: number;
  /** Local times at the station; the end may be left for later. */
  startTime: string;
  endTime?: string | null | undefined;
  note?: string | null | undefined;
}

/** A DA (the rescuer) takes stops and packages off a route that is running late. */
export async function recordRescue(db: Db, actor: Actor, input: RescueInput) {
  return db.transaction().execute(async (trx) => {
    const route = await currentRoute(trx, actor, input.routeId);
    const station = await visibleStation(trx, actor, route.station_id);
    if (input.rescuerDriverId === route.driver_id) {
      throw badRequest('A DA cannot rescue their own route.', [
        { path: 'rescuerDriverId', message: 'Pick another DA.' },
      ]);
    }
    const [rescuer] = await findDriversByIds(trx, actor.orgId, [input.rescuerDriverId]);
    if (!rescuer) throw badRequest('Unknown DA.', [{ path: 'rescuerDriverId', message: 'No such DA.' }]);
    if (route.stops !== null && input.stops > route.stops) {
      throw badRequest('Too many stops.', [
        { path: 'stops', message: `Route ${route.code} has ${route.stops} stops.` },
      ]);
    }
    const times = input.endTime
      ? closeInstants(route.business_date, input.startTime, input.endTime, station.time_zone)
      : { start: instantAt(route.business_date, input.startTime, station.time_zone), end: null };
    const row = await insertRescue(trx, actor.orgId, {
      station_id: route.station_id,
      business_date: route.business_date,
      route_id: route.id,
      rescuer_driver_id: rescuer.id,
      stops: input.stops,
      packages: input.packages,
      started_at: times.start,
      ended_at: times.end,
      note: input.note?.trim() || null,
      recorded_by: actor.label,
    });
    await recordAudit(trx, actor, { entity: 'rescue', entityId: row.id, before: null, after: row });
    await touchDay(trx, actor.orgId, route.station_id, route.business_date);
    return row;
  });
}

export async function removeRescue(db: Db, actor: Actor, id: string) {
  await db.transaction().execute(async (trx) => {
    const row = await findRescue(trx, actor.orgId, id);
    if (!row || !inStationScope(actor, row.station_id)) throw notFound('Rescue');
    await deleteRescue(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'rescue', entityId: id, before: row, after: null });
    await touchDay(trx, actor.orgId, row.station_id, row.business_date);
  });
}

/**
 * Rescues per DA at a station over a period: how often each DA rescued others (and how much they
 * took), and how often their own route needed rescuing.
 */
export async function rescueCounts(db: Db, actor: Actor, stationId: string, from: string, to: string) {
  await visibleStation(db, actor, stationId);
  if (to < from) throw conflict('The period ends before it starts.', 'to');
  const [rescues, routes] = await Promise.all([
    listRescues(db, actor.orgId, stationId, from, to),
    listStationRoutes(db, actor.orgId, stationId, from, to),
  ]);
  const driverOfRoute = new Map(routes.map((r) => [r.id, r.driver_id]));
  const given = groupBy(rescues, (r) => r.rescuer_driver_id);
  const received = groupBy(
    rescues.filter((r) => driverOfRoute.get(r.route_id)),
    (r) => driverOfRoute.get(r.route_id) as string,
  );
  const ids = [...new Set([...given.keys(), ...received.keys()])];
  const das = await findDriversByIds(db, actor.orgId, ids);
  return das
    .map((d) => {
      const gave = given.get(d.id) ?? [];
      const got = received.get(d.id) ?? [];
      return {
        driverId: d.id,
        name: driverName(d),
        rescuesGiven: gave.length,
        stopsTaken: gave.reduce((n, r) => n + r.stops, 0),
        packagesTaken: gave.reduce((n, r) => n + r.packages, 0),
        rescuesReceived: got.length,
        stopsGivenAway: got.reduce((n, r) => n + r.stops, 0),
      };
    })
    .sort(
      (a, b) =>
        b.rescuesGiven - a.rescuesGiven ||
        b.rescuesReceived - a.rescuesReceived ||
        a.name.localeCompare(b.name),
    );
}
