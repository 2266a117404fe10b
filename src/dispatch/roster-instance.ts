import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { latestRatings } from '../people/notes-store.js';
import { type DayContext, driverName } from './day-context.js';
import { listDriverRoutes } from './day-store.js';
import { addDays } from './domain/calendar.js';
import { yesterdayClock } from './domain/day-caps.js';
import type { RosterInstance, RosterInstanceInput } from './domain/roster/instance.js';
import { parseRosterInstance } from './domain/roster/instance.js';
import { difficulties, familiarRoutes, strengthOf, usualVans } from './domain/roster-inputs.js';
import { hardWeekMinutes } from './domain/rules.js';

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
export function keptRoutes(ctx: DayContext): Set<string> {
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

/**
 * The day as the roster solver's instance (docs/roster.md): scheduled, cleared DAs and the vans, each
 * DA's weekly cap at the org's hard ceiling (`solveWithin` lowers it where overtime is not approved)
 * and the org's hard caps on their day: 12 h, 60 h in 7 days, rest since yesterday's route.
 */
export async function rosterInstanceOf(db: Db, actor: Actor, ctx: DayContext): Promise<RosterInstance> {
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
  const cap = hardWeekMinutes(ctx.rules);
  const input: RosterInstanceInput = {
    serviceDate: ctx.date,
    overtimeAfterMinutes: ctx.rules.maxWeekMinutes,
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
        maxDayMinutes: ctx.rules.maxDayMinutes,
        pastSixDaysMinutes: d.recent.pastSixDaysMinutes,
        maxSevenDayMinutes: ctx.rules.maxSevenDayMinutes,
        minRestMinutes: ctx.rules.minRestMinutes,
        ...(d.recent.yesterdayEndMinute !== null
          ? { yesterdayRouteEnd: yesterdayClock(d.recent.yesterdayEndMinute) }
          : {}),
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
  const parsed = parseRosterInstance(input);
  // The instance is built from stored, checked rows: failing here is a bug, not a user's mistake.
  if (!parsed.ok) throw new Error(`roster instance invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  return parsed.instance;
}
