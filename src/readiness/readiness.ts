import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { dueOfVans } from '../fleet/due.js';
import { enforceOnRead } from '../fleet/enforce.js';
import { listSchedules } from '../fleet/schedules.js';
import { listStationVans, type Van } from '../fleet/store.js';
import { preTripStatuses } from '../inspections/readiness.js';
import { attendanceSummaries } from '../people/attendance-counts.js';
import { clearanceIn, loadClearanceContext } from '../people/clearance.js';
import { tenthsToPoints } from '../people/domain/attendance.js';
import { type Driver, listDrivers } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { visibleStation } from '../tenancy/visible-station.js';
import {
  type DriverReadiness,
  driverReadiness,
  type ReadinessSummary,
  summarise,
  type VanReadiness,
  vanReadiness,
} from './domain/readiness.js';

/** More active DAs than any one station has (sizing: 120 at the large end). */
const MAX_STATION_DAS = 2000;

export interface StationReadiness {
  station: { id: string; code: string; name: string; timeZone: string };
  date: string;
  summary: ReadinessSummary;
  vans: (VanReadiness & { van: Pick<Van, 'id' | 'fleetNumber' | 'vanType' | 'status' | 'odometerMiles'> })[];
  drivers: (DriverReadiness & {
    driver: Pick<Driver, 'id' | 'firstName' | 'lastName' | 'transporterId'>;
    vanTypes: Driver['vanTypes'];
  })[];
}

/**
 * Every van (ready, out of service, or flagged) and every active DA (cleared or why not) of a
 * station on a business date: what dispatch builds the roster from. The date defaults to today
 * in the station's time zone.
 */
export async function stationReadiness(
  db: Db,
  actor: Actor,
  stationId: string,
  date?: string,
): Promise<StationReadiness> {
  const station = await visibleStation(db, actor, stationId);
  const day = date ?? localDate(station.time_zone);
  await enforceOnRead(db, actor.orgId, { stationId });

  const vans = await listStationVans(db, actor.orgId, stationId);
  const due = await dueOfVans(db, actor.orgId, vans, await listSchedules(db, actor.orgId));
  const preTrips = await preTripStatuses(
    db,
    actor.orgId,
    vans.map((v) => ({ id: v.id, date: day })),
  );
  const vanRows = vans.map((v) => ({
    van: {
      id: v.id,
      fleetNumber: v.fleetNumber,
      vanType: v.vanType,
      status: v.status,
      odometerMiles: v.odometerMiles,
    },
    ...vanReadiness({
      status: v.status,
      statusReason: v.statusReason,
      preTrip: preTrips.get(v.id) ?? 'missing',
      maintenance: due.get(v.id) ?? [],
    }),
  }));

  const { items: drivers } = await listDrivers(db, actor, {
    stationId,
    status: 'active',
    limit: MAX_STATION_DAS,
  });
  const ctx = await loadClearanceContext(
    db,
    actor.orgId,
    drivers.map((d) => d.id),
  );
  const onDay = { ...ctx, todayAt: () => day };
  const { policy, summaries } = await attendanceSummaries(db, actor.orgId, drivers, () => day);
  const driverRows = drivers.map((d) => {
    const clearance = clearanceIn(onDay, d);
    const attendance = summaries.get(d.id);
    return {
      driver: { id: d.id, firstName: d.firstName, lastName: d.lastName, transporterId: d.transporterId },
      vanTypes: clearance.vanTypes,
      ...driverReadiness({
        cleared: clearance.cleared,
        reasons: clearance.reasons,
        attendanceFlagged: attendance?.flagged ?? false,
        attendanceSummary: attendance
          ? `${tenthsToPoints(attendance.policyWindow.pointsTenths)} attendance points in ${attendance.policyWindow.days} days (flag at ${tenthsToPoints(policy.flagTenths)}).`
          : null,
      }),
    };
  });

  return {
    station: { id: station.id, code: station.code, name: station.name, timeZone: station.time_zone },
    date: day,
    summary: summarise(vanRows, driverRows),
    vans: vanRows,
    drivers: driverRows,
  };
}
