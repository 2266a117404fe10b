import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { PayrollExceptionsTable, PayrollResolution, PunchesTable, StationsTable } from '../db/schema.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { groupBy } from '../people/domain/group.js';
import { addDays } from '../shared/days.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { DA_QUESTION, type FoundException, workdayExceptions } from './domain/exceptions.js';
import { workweekStart } from './domain/workday.js';
import { computeDriverWeek, type DriverWeek, findOrgCaps } from './driver-week.js';
import {
  deleteException,
  findException,
  findPunch,
  insertPremium,
  listExceptions,
  listPunchesOfDrivers,
  listStationPunches,
  updateException,
} from './store.js';

/** Who did it, as the payroll tables keep it: the user, or the API token's label. */
export const byOf = (actor: Actor): string => actor.userId ?? actor.label;

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
  // Each DA's punches at any station, from the 6 days before the first week to the end of the last.
  const window = { from: addDays(workweekStart(from), -6), to: addDays(workweekStart(to), 6) };
  const punchesOf = groupBy(
    await listPunchesOfDrivers(db, orgId, [...driverIds], window.from, window.to),
    (p) => p.driver_id as string,
  );
  const caps = await findOrgCaps(db, orgId);
  // A DA's workweek is computed once for all its dates in the range.
  const weeks = new Map<string, DriverWeek>();
  const weekOf = (driverId: string, date: string) => {
    const key = `${driverId} ${workweekStart(date)}`;
    let week = weeks.get(key);
    if (!week) {
      week = computeDriverWeek(station, caps, punchesOf.get(driverId) ?? [], workweekStart(date));
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
      const theirs = dayRoutes.filter(onDate(id)).map((r) => ({ code: r.code, actualEnd: r.actual_end }));
      for (const e of driverDay(station, weekOf(id, date), date, theirs)) found.push({ ...e, driverId: id });
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
  routes: { code: string; actualEnd: string | null }[],
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
  });
}

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

export interface Resolution {
  resolution: PayrollResolution;
  reason: string;
  correctionId?: string | undefined;
}

/** Premium hours a meal or rest exception owes: one hour at the regular rate (CA Labor Code §226.7). */
const PREMIUM_HOURS = 1;

/** Settles an open exception with one resolution and a reason; a premium owed goes on the DA's ledger. */
export async function resolveException(db: Db, actor: Actor, id: string, input: Resolution) {
  const ex = await findException(db, actor.orgId, id);
  if (!ex || !inStationScope(actor, ex.station_id)) throw notFound('Exception');
  if (ex.status === 'resolved') throw conflict('This exception is already resolved.');
  if (input.resolution === 'corrected') await checkCorrection(db, actor.orgId, ex, input.correctionId);
  if (input.resolution === 'premium' && ex.kind !== 'meal' && ex.kind !== 'rest')
    throw badRequest('Only a meal or rest exception owes a premium.', [
      { path: 'body.resolution', message: 'Only a meal or rest exception owes a premium.' },
    ]);
  if (input.resolution === 'answered' && ex.kind !== DA_QUESTION)
    throw badRequest('Only a DA’s question is answered.', [
      { path: 'body.resolution', message: 'Only a DA’s question is answered.' },
    ]);
  const now = nowIso();
  const resolved: PayrollExceptionsTable = {
    ...ex,
    status: 'resolved',
    resolution: input.resolution,
    resolution_reason: input.reason,
    correction_id: input.resolution === 'corrected' ? (input.correctionId ?? null) : null,
    resolved_by: byOf(actor),
    resolved_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    const { org_id: _o, id: _i, ...set } = resolved;
    await updateException(trx, actor.orgId, ex.id, set);
    await recordAudit(trx, actor, {
      entity: 'payroll_exception',
      entityId: ex.id,
      before: ex,
      after: resolved,
    });
    if (input.resolution !== 'premium') return;
    const premium = {
      org_id: actor.orgId,
      id: newId(),
      station_id: ex.station_id,
      driver_id: ex.driver_id,
      workday: ex.workday,
      kind: ex.kind as 'meal' | 'rest',
      hours: PREMIUM_HOURS,
      exception_id: ex.id,
      reason: input.reason,
      paid_at: null,
      paid_period_id: null,
      created_by: byOf(actor),
      created_at: now,
    };
    await insertPremium(trx, premium);
    await recordAudit(trx, actor, {
      entity: 'payroll_premium',
      entityId: premium.id,
      before: null,
      after: premium,
    });
  });
  return resolved;
}

async function checkCorrection(db: Db, orgId: string, ex: PayrollExceptionsTable, correctionId?: string) {
  const punch = correctionId ? await findPunch(db, orgId, correctionId) : undefined;
  if (punch && punch.source === 'manager' && punch.driver_id === ex.driver_id && punch.workday === ex.workday)
    return;
  const message = 'Name a manager’s punch of this DA’s workday (added or corrected) that settles it.';
  throw badRequest(message, [{ path: 'body.correctionId', message }]);
}
