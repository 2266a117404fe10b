import type { Db } from '../db/database.js';
import { listDelays, listLateCancels } from '../dispatch/amazon-events-store.js';
import { driverName } from '../dispatch/day-context.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { listStationShifts } from '../dispatch/schedule-store.js';
import { findDriversByIds } from '../people/store.js';
import type { WeekRecords } from './domain/expected.js';

/**
 * A station's week as our own records have it, read through the dispatch slice's stores: routes with
 * their roster and day close, training and ride-along shifts the DA did not call out of, late cancels
 * and delays.
 */
export async function weekRecords(
  db: Db,
  orgId: string,
  stationId: string,
  week: string,
): Promise<WeekRecords> {
  const last = addDays(week, 6);
  const [routes, shifts, cancels, delays] = await Promise.all([
    listStationRoutes(db, orgId, stationId, week, last),
    listStationShifts(db, orgId, stationId, week, last),
    listLateCancels(db, orgId, stationId, week, last),
    listDelays(db, orgId, stationId, week, last),
  ]);
  const worked = (kind: string) => shifts.filter((s) => s.kind === kind && s.status === 'scheduled');
  const [training, rideAlongs] = [worked('training'), worked('ride-along')];
  const names = new Map(
    (
      await findDriversByIds(
        db,
        orgId,
        [...training, ...rideAlongs].map((s) => s.driver_id),
      )
    ).map((d) => [d.id, driverName(d)]),
  );
  const shiftOf = (s: (typeof shifts)[number]) => ({
    id: s.id,
    date: s.business_date,
    minutes: s.minutes,
    driver: names.get(s.driver_id) ?? 'a DA',
  });
  const cancelOf = new Map(cancels.map((c) => [c.route_id, c.id]));
  return {
    routes: routes
      .map((r) => ({
        id: r.id,
        code: r.code,
        date: r.business_date,
        serviceType: r.service_type,
        plannedMinutes: r.planned_minutes,
        staffed: r.driver_id !== null,
        closed: r.closed_at !== null,
        packagesDelivered: r.packages_delivered,
        lateCancelId: cancelOf.get(r.id) ?? null,
      }))
      .sort((a, b) => (a.date + a.code).localeCompare(b.date + b.code)),
    training: training.map(shiftOf),
    rideAlongs: rideAlongs.map(shiftOf),
    delays: delays.map((d) => ({
      id: d.id,
      date: d.business_date,
      minutes: d.minutes,
      routeCount: (JSON.parse(d.route_ids) as string[]).length,
      note: d.note,
    })),
  };
}
