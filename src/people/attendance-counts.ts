import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { AttendanceEventsTable, DriversTable } from '../db/schema.js';
import { addDays } from '../shared/days.js';
import { findPolicy, listCountingPoints, listEventsOf, toEvent } from './attendance-store.js';
import { type AttendancePolicy, type AttendanceSummary, rollingCounts } from './domain/attendance.js';
import { groupBy } from './domain/group.js';
import { visibleDriver } from './drivers.js';
import { stationToday } from './station-today.js';

// A DA's attendance events and their rolling counts (30 and 90 days, the policy's window and flag).

type CountedEvent = Pick<AttendanceEventsTable, 'business_date' | 'kind' | 'points_tenths'>;

const summaryOf = (events: CountedEvent[], today: string, policy: AttendancePolicy) =>
  rollingCounts(
    events.map((e) => ({ date: e.business_date, kind: e.kind, pointsTenths: e.points_tenths })),
    today,
    policy,
  );

/**
 * The first day of the longest counting window (90 days, or the policy's if longer) that ends on
 * `today`; pass the earliest of the stations' todays to cover them all.
 */
export const historyFrom = (today: string, policy: AttendancePolicy) =>
  addDays(today, -(Math.max(90, policy.windowDays) - 1));

/** A DA's events (removed ones too, for managers) and their rolling counts on their station's calendar. */
export async function driverAttendance(db: Db, actor: Actor, driverId: string, withRemoved = true) {
  const da = await visibleDriver(db, actor, driverId);
  return attendanceOf(db, actor.orgId, da, withRemoved);
}

export async function attendanceOf(db: Db, orgId: string, da: DriversTable, withRemoved: boolean) {
  const today = await stationToday(db, orgId, da.home_station_id);
  const policy = await findPolicy(db, orgId);
  const rows = await listEventsOf(db, orgId, da.id, withRemoved);
  const counting = rows.filter((r) => r.deleted_at === null);
  return { today, policy, events: rows.map(toEvent), summary: summaryOf(counting, today, policy) };
}

/**
 * Rolling counts for many DAs at once (the DAs list), each on their station's calendar: one query for
 * the events of the last 90 days (or the policy's window, if longer).
 */
export async function attendanceSummaries(
  db: Db,
  orgId: string,
  drivers: { id: string; homeStationId: string }[],
  todayAt: (stationId: string) => string,
): Promise<{ policy: AttendancePolicy; summaries: Map<string, AttendanceSummary> }> {
  const policy = await findPolicy(db, orgId);
  if (drivers.length === 0) return { policy, summaries: new Map() };
  const earliest = drivers.map((d) => todayAt(d.homeStationId)).sort()[0] as string;
  // Only the columns the counts read: a list's rows are most of its database time.
  const rows = await listCountingPoints(
    db,
    orgId,
    historyFrom(earliest, policy),
    drivers.map((d) => d.id),
  );
  const byDriver = groupBy(rows, (r) => r.driver_id);
  return {
    policy,
    summaries: new Map(
      drivers.map((d) => [d.id, summaryOf(byDriver.get(d.id) ?? [], todayAt(d.homeStationId), policy)]),
    ),
  };
}
