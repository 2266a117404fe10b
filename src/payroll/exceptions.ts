import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { PayrollExceptionsTable, PunchesTable, RoutesTable, StationsTable } from '../db/schema.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { groupBy } from '../people/domain/group.js';
import { listDriversPay } from '../people/store.js';
import { instantAt } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { DA_QUESTION, type FoundException, workdayExceptions } from './domain/exceptions.js';
import type { DayRoute } from './domain/route-checks.js';
import { workweekStart } from './domain/workday.js';
import { approvedOvertime, computeDriverWeek, type DriverWeek, findOrgPolicy } from './driver-week.js';
import {
  deleteException,
  listExceptions,
  listPunchesOfDrivers,
  listStationPunches,
  updateException,
} from './store.js';

/**
 * Rebuilds a station's exceptions of one workday from its punches, the calculator and the day's
 * routes (only one DA's, when a punch of theirs changed). An exception whose facts are unchanged keeps
 * its resolution; changed facts open it again. One no longer found is dropped while open, unless a
 * manager corrected a punch of that workday since it was raised: then the correction resolved it.
 */
export async function rebuildExceptions(
  db: Db,
  orgId: string,
  stationId: string,
  date: string,
  driverId?: string | null,
): Promise<void> {
  await rebuildStationExceptions(db, orgId, stationId, date, date, driverId);
}

/**
 * The same for every workday in [from, to], reading each table once and settling in one transaction:
 * the weeks of punches around the range, the range's routes and exceptions.
 */
export async function rebuildStationExceptions(
  db: Db,
  orgId: string,
  stationId: string,
  from: string,
  to: string,
  driverId?: string | null,
): Promise<void> {
  const station = await findStation(db, orgId, stationId);
  if (!station) return;
  const mine = <T extends { driver_id: string | null }>(rows: T[]) =>
    driverId ? rows.filter((r) => r.driver_id === driverId) : rows;
  const existing = mine(await listExceptions(db, orgId, { stationId, from, to }));
  const stationPunches = mine(await listStationPunches(db, orgId, stationId, from, to));
  const routes = mine(await listStationRoutes(db, orgId, stationId, from, to));
  const driverIds = new Set([
    ...stationPunches.flatMap((p) => (p.driver_id ? [p.driver_id] : [])),
    ...routes.flatMap((r) => (r.driver_id ? [r.driver_id] : [])),
  ]);
  const { caps, workweekStartsOn } = await findOrgPolicy(db, orgId);
  const startOf = (date: string) => workweekStart(date, workweekStartsOn);
  // Each DA's punches at any station, from the 6 days before the first week to the end of the last.
  const window = { from: addDays(startOf(from), -6), to: addDays(startOf(to), 6) };
  const ids = [...driverIds];
  const punchesOf = groupBy(
    await listPunchesOfDrivers(db, orgId, ids, window.from, window.to),
    (p) => p.driver_id as string,
  );
  const approved = await approvedOvertime(db, orgId, ids, startOf(from), window.to);
  const rateOf = new Map((await listDriversPay(db, orgId, ids)).map((d) => [d.id, d.hourly_rate_cents]));
  // A DA's workweek is computed once for all its dates in the range.
  const weeks = new Map<string, DriverWeek>();
  const weekOf = (driverId: string, date: string) => {
    const key = `${driverId} ${startOf(date)}`;
    let week = weeks.get(key);
    if (!week) {
      const punches = punchesOf.get(driverId) ?? [];
      week = computeDriverWeek(station, caps, punches, startOf(date), approved.get(driverId));
      weeks.set(key, week);
    }
    return week;
  };
  const punchesOn = groupBy(stationPunches, (p) => p.workday);
  const routesOn = groupBy(routes, (r) => r.business_date);
  const existingOn = groupBy(existing, (e) => e.workday);
  const days: { date: string; found: (FoundException & { driverId: string })[] }[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const onDate = (id: string | null) => (r: { driver_id: string | null }) => r.driver_id === id;
    const dayRoutes = routesOn.get(date) ?? [];
    const ids = new Set([
      ...(punchesOn.get(date) ?? []).map((p) => p.driver_id),
      ...dayRoutes.map((r) => r.driver_id),
    ]);
    const found: (FoundException & { driverId: string })[] = [];
    for (const id of ids) {
      if (!id) continue;
      const theirs = dayRoutes.filter(onDate(id)).map((r) => dayRoute(station, r));
      const day = driverDay(station, weekOf(id, date), date, theirs, rateOf.get(id) ?? null);
      for (const e of day) found.push({ ...e, driverId: id });
    }
    days.push({ date, found });
  }
  await db.transaction().execute(async (trx) => {
    for (const { date, found } of days)
      await settle(trx, station, date, existingOn.get(date) ?? [], found, punchesOn.get(date) ?? []);
  });
}

/** One DA's exceptions of a workday, from their workweek and the day's routes. */
function driverDay(
  station: StationsTable,
  { rows, problems, rules, result }: DriverWeek,
  date: string,
  routes: DayRoute[],
  hourlyCents: number | null,
): FoundException[] {
  const on = <T extends { date: string }>(xs: readonly T[]) => xs.filter((x) => x.date === date);
  return workdayExceptions({
    date,
    timeZone: station.time_zone,
    punches: rows.filter((p) => p.workday === date).map((p) => ({ kind: p.kind, at: p.at })),
    problems: on(problems),
    violations: on(result.violations),
    flags: on(result.flags),
    rules,
    routes,
    slices: on(result.slices),
    hourlyCents,
  });
}

/** What payroll reads of a route: its wave as an instant, its plan, when it left and its last stop. */
const dayRoute = (station: StationsTable, r: RoutesTable): DayRoute => ({
  code: r.code,
  waveAt: instantAt(r.business_date, r.wave_time, station.time_zone),
  plannedMinutes: r.planned_minutes,
  actualStart: r.actual_start,
  actualEnd: r.actual_end,
});

const REOPENED = {
  status: 'open',
  resolution: null,
  resolution_reason: null,
  correction_id: null,
  resolved_by: null,
  resolved_at: null,
} as const;

async function settle(
  trx: Db,
  station: StationsTable,
  date: string,
  existing: PayrollExceptionsTable[],
  found: (FoundException & { driverId: string })[],
  dayPunches: PunchesTable[],
): Promise<void> {
  const orgId = station.org_id;
  const now = nowIso();
  const key = (driverId: string, kind: string) => `${driverId} ${kind}`;
  const left = new Map(existing.map((e) => [key(e.driver_id, e.kind), e]));
  const added: PayrollExceptionsTable[] = [];
  for (const f of found) {
    const evidence = JSON.stringify(f.evidence);
    const old = left.get(key(f.driverId, f.kind));
    left.delete(key(f.driverId, f.kind));
    if (!old)
      added.push({
        org_id: orgId,
        id: newId(),
        station_id: station.id,
        driver_id: f.driverId,
        workday: date,
        kind: f.kind,
        message: f.message,
        evidence,
        ...REOPENED,
        created_at: now,
        updated_at: now,
      });
    else if (old.evidence !== evidence)
      await updateException(trx, orgId, old.id, {
        message: f.message,
        evidence,
        ...REOPENED,
        updated_at: now,
      });
  }
  await insertRows(trx, 'payroll_exceptions', added);
  for (const gone of left.values()) {
    // A DA's question is not a fact of the punches: only a manager's resolution settles it.
    if (gone.status === 'resolved' || gone.kind === DA_QUESTION) continue;
    const correction = dayPunches
      .filter(
        (p) => p.driver_id === gone.driver_id && p.source === 'manager' && p.created_at >= gone.created_at,
      )
      .at(-1);
    if (!correction) await deleteException(trx, orgId, gone.id);
    else
      await updateException(trx, orgId, gone.id, {
        status: 'resolved',
        resolution: 'corrected',
        resolution_reason: correction.reason,
        correction_id: correction.id,
        resolved_by: correction.created_by,
        resolved_at: correction.created_at,
        updated_at: now,
      });
  }
}
