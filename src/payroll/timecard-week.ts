import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PunchesTable } from '../db/schema.js';
import { findDriversByIds } from '../people/store.js';
import { addDays } from '../shared/days.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { driverWeek } from './domain/driver-week.js';
import { countingPunches } from './domain/punches.js';
import { ruleSetFor } from './domain/rule-sets.js';
import { timecardRow } from './domain/timecard-row.js';
import type { StateCode } from './domain/types.js';
import { workweekStart } from './domain/workday.js';
import { approvedOvertime, findOrgPolicy } from './driver-week.js';
import { listExceptions, listStationPunches } from './store.js';

/**
 * A station's timecards for the workweek holding `week`: a row per DA who punched there or has an
 * exception that week, computed by the calculator from the stored punches (one read for the whole
 * station, from 6 days before the week for the rolling caps) with the open exceptions per day.
 */
export async function stationTimecards(db: Db, actor: Actor, stationId: string, week: string) {
  const station = await visibleStation(db, actor, stationId);
  const { caps, workweekStartsOn } = await findOrgPolicy(db, actor.orgId);
  const weekStart = workweekStart(week, workweekStartsOn);
  const weekEnd = addDays(weekStart, 6);
  const [punches, exceptions] = await Promise.all([
    listStationPunches(db, actor.orgId, station.id, addDays(weekStart, -6), weekEnd),
    listExceptions(db, actor.orgId, { stationId: station.id, from: weekStart, to: weekEnd, status: 'open' }),
  ]);
  const rules = ruleSetFor(station.state as StateCode, weekStart);
  const byDriver = new Map<string, PunchesTable[]>();
  for (const p of punches) {
    if (!p.driver_id) continue;
    const list = byDriver.get(p.driver_id) ?? [];
    list.push(p);
    byDriver.set(p.driver_id, list);
  }
  const inWeek = (p: PunchesTable) => p.workday >= weekStart;
  const driverIds = new Set([
    ...[...byDriver].filter(([, ps]) => ps.some(inWeek)).map(([id]) => id),
    ...exceptions.map((e) => e.driver_id),
  ]);
  const drivers = (await findDriversByIds(db, actor.orgId, [...driverIds])).sort(
    (a, b) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName),
  );
  const approved = await approvedOvertime(db, actor.orgId, [...driverIds], weekStart, weekEnd);
  const rows = drivers.map((da) => {
    const counted = countingPunches(byDriver.get(da.id) ?? []);
    const computed = driverWeek({
      weekStart,
      punches: counted.map((p) => ({ kind: p.kind, at: p.at })),
      timeZone: station.time_zone,
      rules,
      caps,
      overtimeApproved: approved.get(da.id) ?? [],
    });
    const row = timecardRow(weekStart, computed);
    const open = exceptions.filter((e) => e.driver_id === da.id);
    return {
      driverId: da.id,
      name: `${da.firstName} ${da.lastName}`,
      days: row.days.map((d) => ({ ...d, openExceptions: open.filter((e) => e.workday === d.date).length })),
      totals: { ...row.totals, openExceptions: open.length },
    };
  });
  return {
    station: { id: station.id, code: station.code, state: station.state, timeZone: station.time_zone },
    weekStart,
    ruleSet: rules.name,
    rows,
  };
}
