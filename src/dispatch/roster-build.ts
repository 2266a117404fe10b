import { recordAudits } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { enforceOverdueCritical } from '../fleet/enforce.js';
import { latestRatings } from '../people/notes-store.js';
import { nowIso } from '../shared/ids.js';
import { type DayContext, driverName, loadDayContext } from './day-context.js';
import { findRoute, listDriverRoutes, touchDay, updateRoute } from './day-store.js';
import { addDays } from './domain/calendar.js';
import type { RosterInstanceInput } from './domain/roster/instance.js';
import { parseRosterInstance } from './domain/roster/instance.js';
import { solveRoster } from './domain/roster/solve.js';
import { difficulties, familiarRoutes, strengthOf, usualVans } from './domain/roster-inputs.js';
import { OVERTIME_AFTER_MINUTES, weekMinutesCap } from './domain/rules.js';
import { tellDas } from './roster.js';

/** How far back "knows the route" and "usual van" look. */
const HISTORY_DAYS = 28;

/** DAs the builder hands routes to: on today's schedule for a route or as a standby. */
const rosterable = (ctx: DayContext) =>
  ctx.drivers.filter(
    (d) => d.shift?.status === 'scheduled' && (d.shift.kind === 'route' || d.shift.kind === 'standby'),
  );

/**
 * Routes the builder leaves as they are: closed ones, and pinned ones it cannot pass to the solver as
 * a pinned triple (a DA without a van, a DA not on today's schedule, a van of another type — the
 * dispatcher's choice, warned on the board). Their DA and van are kept off the other routes.
 */
function keptRoutes(ctx: DayContext): Set<string> {
  const scheduled = new Set(rosterable(ctx).map((d) => d.driver.id));
  const vanType = new Map(ctx.vans.map((v) => [v.van.id, v.van.vanType]));
  return new Set(
    ctx.routes
      .filter(
        (r) =>
          r.closed_at !== null ||
          (r.pinned === 1 &&
            !(r.driver_id && scheduled.has(r.driver_id) && r.van_id && vanType.get(r.van_id) === r.van_type)),
      )
      .map((r) => r.id),
  );
}

/** The day as the roster solver's instance (docs/roster.md): scheduled, cleared DAs and the vans. */
async function instanceOf(db: Db, actor: Actor, ctx: DayContext): Promise<RosterInstanceInput> {
  const drivers = rosterable(ctx);
  const ids = drivers.map((d) => d.driver.id);
  const [history, ratings] = await Promise.all([
    listDriverRoutes(db, actor.orgId, ids, addDays(ctx.date, -HISTORY_DAYS), addDays(ctx.date, -1)),
    latestRatings(db, actor.orgId, ids),
  ]);
  const driven = history
    .filter((h) => h.driver_id)
    .map((h) => ({ driverId: h.driver_id as string, code: h.code, vanId: h.van_id }));
  const knows = familiarRoutes(driven);
  const usual = usualVans(driven);
  const keptIds = keptRoutes(ctx);
  const kept = ctx.routes.filter((r) => keptIds.has(r.id));
  const busyDrivers = new Set(kept.map((r) => r.driver_id));
  const busyVans = new Set(kept.map((r) => r.van_id));
  const open = ctx.routes.filter((r) => !keptIds.has(r.id));
  const hard = difficulties(open);
  const cap = weekMinutesCap(ctx.rules);
  return {
    serviceDate: ctx.date,
    overtimeAfterMinutes: OVERTIME_AFTER_MINUTES,
    routes: open.map((r) => ({
      code: r.code,
      waveTime: r.wave_time,
      vanType: r.van_type,
      plannedMinutes: r.planned_minutes,
      difficulty: hard.get(r.code),
    })),
    drivers: drivers
      .filter((d) => !busyDrivers.has(d.driver.id))
      .map((d) => ({
        id: d.driver.id,
        name: driverName(d.driver),
        qualifiedVanTypes: d.vanTypes,
        available: d.cleared,
        weekMinutesWorked: d.otherDaysMinutes,
        maxWeekMinutes: cap,
        familiarRoutes: knows.get(d.driver.id) ?? [],
        strength: strengthOf(ratings.get(d.driver.id)),
        ...(d.driver.hourlyRateCents !== null ? { hourlyCents: d.driver.hourlyRateCents } : {}),
        ...(usual.has(d.driver.id) ? { usualVanId: usual.get(d.driver.id) } : {}),
        standby: d.shift?.kind === 'standby',
      })),
    vans: ctx.vans
      .filter((v) => !busyVans.has(v.van.id))
      .map((v) => ({
        id: v.van.id,
        type: v.van.vanType,
        ready: v.dispatchable,
        inspectionFailed: v.preTrip === 'failed',
      })),
    pinned: open
      .filter((r) => r.pinned === 1)
      .map((r) => ({ routeCode: r.code, driverId: r.driver_id as string, vanId: r.van_id as string })),
  };
}

/**
 * Builds the day's roster exactly (docs/roster.md): every route not pinned or closed gets the best DA
 * and van the rules allow, or says exactly what is missing. Vans due for critical maintenance are
 * grounded first, so none is handed out. Once the roster is out, each DA whose route changed is told.
 */
export async function buildRoster(db: Db, actor: Actor, stationId: string, date: string) {
  return db.transaction().execute(async (trx) => {
    await enforceOverdueCritical(trx, actor.orgId, { stationId });
    const ctx = await loadDayContext(trx, actor, stationId, date);
    const parsed = parseRosterInstance(await instanceOf(trx, actor, ctx));
    // The instance is built from stored, checked rows: failing here is a bug, not a user's mistake.
    if (!parsed.ok) throw new Error(`roster instance invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const solution = solveRoster(parsed.instance);
    const byCode = new Map(ctx.routes.map((r) => [r.code, r]));
    const at = nowIso();
    const plan = [
      ...solution.assignments
        .filter((a) => !a.pinned)
        .map((a) => ({ code: a.routeCode, driverId: a.driverId, vanId: a.vanId, why: a.why })),
      ...solution.uncovered.map((u) => ({ code: u.routeCode, driverId: null, vanId: null, why: u.reasons })),
    ];
    const changes: { route: RoutesTable; removed: string | null }[] = [];
    const audits = [];
    for (const p of plan) {
      const before = byCode.get(p.code) as RoutesTable;
      await updateRoute(trx, actor.orgId, before.id, {
        driver_id: p.driverId,
        van_id: p.vanId,
        pinned: 0,
        assignment_why: JSON.stringify(p.why),
        assigned_by: `Roster builder (${actor.label})`,
        assigned_at: at,
      });
      const after = (await findRoute(trx, actor.orgId, before.id)) as RoutesTable;
      audits.push({ entity: 'route', entityId: before.id, before, after });
      if (before.driver_id !== after.driver_id || before.van_id !== after.van_id) {
        changes.push({
          route: after,
          removed: before.driver_id !== after.driver_id ? before.driver_id : null,
        });
      }
    }
    await recordAudits(trx, actor, audits);
    await tellDas(trx, actor, ctx, changes);
    const version = await touchDay(trx, actor.orgId, stationId, date);
    return {
      version,
      assigned: solution.assignments.length,
      uncovered: solution.uncovered,
      objective: solution.objective,
    };
  });
}
