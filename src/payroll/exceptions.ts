import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PayrollExceptionsTable, PayrollResolution, PunchesTable, StationsTable } from '../db/schema.js';
import { listDayRoutes } from '../dispatch/day-store.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { DA_QUESTION, type FoundException, workdayExceptions } from './domain/exceptions.js';
import type { OrgCaps } from './domain/types.js';
import { workweekStart } from './domain/workday.js';
import { driverWorkweek, findOrgCaps } from './driver-week.js';
import {
  deleteException,
  findException,
  findPunch,
  insertException,
  insertPremium,
  listExceptions,
  listStationPunches,
  updateException,
} from './store.js';

/** Who did it, as the payroll tables keep it: the user, or the API token's label. */
export const byOf = (actor: Actor): string => actor.userId ?? actor.label;

/**
 * Rebuilds a station's exceptions of one workday from its punches, the calculator and the day's
 * routes. An exception whose facts are unchanged keeps its resolution; changed facts open it again.
 * One no longer found is dropped while open, unless a manager corrected a punch of that workday since
 * it was raised: then the correction resolved it.
 */
export async function rebuildExceptions(
  db: Db,
  orgId: string,
  stationId: string,
  date: string,
): Promise<void> {
  const station = await findStation(db, orgId, stationId);
  if (!station) return;
  const existing = await listExceptions(db, orgId, { stationId, date });
  const dayPunches = await listStationPunches(db, orgId, stationId, date, date);
  const routes = await listDayRoutes(db, orgId, stationId, date);
  const driverIds = new Set([
    ...dayPunches.flatMap((p) => (p.driver_id ? [p.driver_id] : [])),
    ...routes.flatMap((r) => (r.driver_id ? [r.driver_id] : [])),
  ]);
  const caps = await findOrgCaps(db, orgId);
  const found: (FoundException & { driverId: string })[] = [];
  for (const driverId of driverIds) {
    const dayRoutes = routes
      .filter((r) => r.driver_id === driverId)
      .map((r) => ({ code: r.code, actualEnd: r.actual_end }));
    for (const e of await driverDay(db, station, caps, driverId, date, dayRoutes))
      found.push({ ...e, driverId });
  }
  await db.transaction().execute((trx) => settle(trx, station, date, existing, found, dayPunches));
}

async function driverDay(
  db: Db,
  station: StationsTable,
  caps: OrgCaps,
  driverId: string,
  date: string,
  routes: { code: string; actualEnd: string | null }[],
): Promise<FoundException[]> {
  const week = await driverWorkweek(db, station, caps, driverId, workweekStart(date));
  const on = <T extends { date: string }>(xs: readonly T[]) => xs.filter((x) => x.date === date);
  return workdayExceptions({
    date,
    timeZone: station.time_zone,
    punches: week.rows.filter((p) => p.workday === date).map((p) => ({ kind: p.kind, at: p.at })),
    problems: on(week.problems),
    violations: on(week.result.violations),
    flags: on(week.result.flags),
    rules: week.rules,
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
  for (const f of found) {
    const evidence = JSON.stringify(f.evidence);
    const old = left.get(key(f.driverId, f.kind));
    left.delete(key(f.driverId, f.kind));
    if (!old)
      await insertException(trx, {
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
