import { z } from 'zod';
import { badRequest } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertMessages } from '../messaging/store.js';
import { groupBy } from '../people/domain/group.js';
import { findDriversByIds } from '../people/store.js';
import { HHMM } from '../shared/date-schemas.js';
import { nowIso } from '../shared/ids.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { listStationRoutes } from './day-store.js';
import { addDays, weekday } from './domain/calendar.js';
import { weekPublishedText } from './domain/messages.js';
import { routeShiftMinutes } from './domain/rules.js';
import { missRates, planStandbys, type StandbyPlan } from './domain/standby.js';
import { findWeekPlan, listStationShifts, publishShifts, saveWeekPlan } from './schedule-store.js';
import { loadWeekContext, type WeekDriver } from './week-context.js';

/** What a station's week must cover: routes and standbys per day, and how long their shifts are. */
export const WeekDemand = z.strictObject({
  days: z
    .array(
      z.strictObject({ routes: z.number().int().min(0).max(300), standbys: z.number().int().min(0).max(60) }),
    )
    .length(7),
  routeMinutes: z
    .number()
    .int()
    .min(60)
    .max(14 * 60),
  standbyMinutes: z
    .number()
    .int()
    .min(60)
    .max(14 * 60),
  /** When route and standby shifts start (the first wave). */
  startTime: HHMM,
});
export type WeekDemand = z.infer<typeof WeekDemand>;

const DEFAULT_SHIFT = { routeMinutes: 10 * 60, standbyMinutes: 10 * 60, startTime: '10:20' };

/** How many weeks of a station's own history the standby forecast reads. */
const HISTORY_WEEKS = 12;

/**
 * The week's demand as saved, or, before anyone set it, each day's routes from the same weekday of
 * the week before (what the station usually gets) and no standbys.
 */
export async function demandOf(
  db: Db,
  orgId: string,
  stationId: string,
  weekStart: string,
): Promise<WeekDemand> {
  const plan = await findWeekPlan(db, orgId, stationId, weekStart);
  if (plan) return WeekDemand.parse(JSON.parse(plan.demand));
  const lastWeek = await listStationRoutes(
    db,
    orgId,
    stationId,
    addDays(weekStart, -7),
    addDays(weekStart, -1),
  );
  const perDay = Array.from({ length: 7 }, () => 0);
  for (const r of lastWeek) perDay[weekday(r.business_date)] = (perDay[weekday(r.business_date)] ?? 0) + 1;
  const routeMinutes =
    routeShiftMinutes(lastWeek.map((r) => r.planned_minutes)) ?? DEFAULT_SHIFT.routeMinutes;
  return {
    days: perDay.map((routes) => ({ routes, standbys: 0 })),
    ...DEFAULT_SHIFT,
    routeMinutes,
    standbyMinutes: routeMinutes,
  };
}

export interface WeekDayView {
  date: string;
  demand: { routes: number; standbys: number };
  /** Routes already imported or entered for the day (they replace the demand's guess once there). */
  routesKnown: number;
  scheduled: { route: number; standby: number; other: number; calledOut: number };
  short: { routes: number; standbys: number };
  standby: StandbyPlan;
}

/** Each weekday's callout and no-show rate at a station, from the weeks before `weekStart`. */
export async function standbyRates(db: Db, orgId: string, stationId: string, weekStart: string) {
  const history = await listStationShifts(
    db,
    orgId,
    stationId,
    addDays(weekStart, -7 * HISTORY_WEEKS),
    addDays(weekStart, -1),
  );
  return missRates(
    history
      .filter((s) => s.kind === 'route' || s.kind === 'standby')
      .map((s) => ({ date: s.business_date, missed: s.status !== 'scheduled' })),
  );
}

function dayViews(
  dates: string[],
  drivers: WeekDriver[],
  demand: WeekDemand,
  routesKnown: Map<string, KnownDay>,
  rates: ReturnType<typeof missRates>,
  target: number,
): WeekDayView[] {
  return dates.map((date, i) => {
    const shifts = drivers.flatMap((d) => (d.days[i]?.shift ? [d.days[i].shift] : []));
    const active = shifts.filter((s) => s.status === 'scheduled');
    const count = (kind: string) => active.filter((s) => s.kind === kind).length;
    const scheduled = {
      route: count('route'),
      standby: count('standby'),
      other: active.length - count('route') - count('standby'),
      calledOut: shifts.length - active.length,
    };
    const dayDemand = demand.days[i] ?? { routes: 0, standbys: 0 };
    const known = routesKnown.get(date)?.routes ?? 0;
    const routes = known > 0 ? known : dayDemand.routes;
    return {
      date,
      demand: dayDemand,
      routesKnown: known,
      scheduled,
      short: {
        routes: Math.max(0, routes - scheduled.route),
        standbys: Math.max(0, dayDemand.standbys - scheduled.standby),
      },
      standby: planStandbys(
        { date, routes, routeDas: scheduled.route, standbys: scheduled.standby },
        rates,
        target,
      ),
    };
  });
}

/** How many routes are already imported or entered for each day of the week. */
export interface KnownDay {
  routes: number;
  /** The route shift length those routes call for (`routeShiftMinutes`). */
  routeMinutes: number;
}

export async function knownRoutesPerDay(
  db: Db,
  orgId: string,
  stationId: string,
  weekStart: string,
): Promise<Map<string, KnownDay>> {
  const routes = await listStationRoutes(db, orgId, stationId, weekStart, addDays(weekStart, 6));
  return new Map(
    [...groupBy(routes, (r) => r.business_date)].map(([d, rs]) => [
      d,
      {
        routes: rs.length,
        routeMinutes: routeShiftMinutes(rs.map((r) => r.planned_minutes)) ?? DEFAULT_SHIFT.routeMinutes,
      },
    ]),
  );
}

/** A station's week: demand, each DA's days (availability, clearance, shift), shortfalls and standby plan. */
export async function weekView(db: Db, actor: Actor, stationId: string, weekStart: string) {
  const ctx = await loadWeekContext(db, actor, stationId, weekStart);
  const [demand, plan, rates, routesKnown] = await Promise.all([
    demandOf(db, actor.orgId, stationId, weekStart),
    findWeekPlan(db, actor.orgId, stationId, weekStart),
    standbyRates(db, actor.orgId, stationId, weekStart),
    knownRoutesPerDay(db, actor.orgId, stationId, weekStart),
  ]);
  return {
    station: {
      id: ctx.station.id,
      code: ctx.station.code,
      name: ctx.station.name,
      timeZone: ctx.station.time_zone,
    },
    weekStart,
    dates: ctx.dates,
    rules: ctx.rules,
    demand,
    published: plan?.published_at ? { at: plan.published_at, by: plan.published_by } : null,
    unpublishedShifts: ctx.drivers.reduce(
      (n, d) => n + d.days.filter((day) => day.shift && day.shift.publishedAt === null).length,
      0,
    ),
    days: dayViews(ctx.dates, ctx.drivers, demand, routesKnown, rates, ctx.rules.standbyCoverageTarget),
    drivers: ctx.drivers.map((d) => ({
      driver: {
        id: d.driver.id,
        firstName: d.driver.firstName,
        lastName: d.driver.lastName,
        status: d.driver.status,
        vanTypes: d.driver.vanTypes,
      },
      wantsDays: d.pattern.wantsDays,
      days: d.days,
      scheduledDays: d.days.filter((x) => x.shift?.status === 'scheduled').length,
      scheduledMinutes: d.days.reduce(
        (m, x) => m + (x.shift?.status === 'scheduled' ? x.shift.minutes : 0),
        0,
      ),
    })),
  };
}

/** Saves what the week must cover; the auto-scheduler and the shortfalls follow it. */
export async function saveWeekDemand(
  db: Db,
  actor: Actor,
  stationId: string,
  weekStart: string,
  demand: WeekDemand,
) {
  await visibleStation(db, actor, stationId);
  await db.transaction().execute(async (trx) => {
    const before = await findWeekPlan(trx, actor.orgId, stationId, weekStart);
    await saveWeekPlan(trx, actor.orgId, {
      station_id: stationId,
      week_start: weekStart,
      demand: JSON.stringify(demand),
      published_at: before?.published_at ?? null,
      published_by: before?.published_by ?? null,
      updated_by: actor.label,
    });
    await recordAudit(trx, actor, {
      entity: 'week_plan',
      entityId: `${stationId}:${weekStart}`,
      before: before ? { demand: before.demand } : null,
      after: { demand: JSON.stringify(demand) },
    });
  });
  return demand;
}

/**
 * Publishes a station's week: every shift not yet published becomes visible to its DA, and each DA
 * with newly published shifts gets their whole week in a message, in their language, to confirm.
 */
export async function publishWeek(db: Db, actor: Actor, stationId: string, weekStart: string) {
  await visibleStation(db, actor, stationId);
  const weekEnd = addDays(weekStart, 6);
  return db.transaction().execute(async (trx) => {
    const published = await publishShifts(trx, actor.orgId, stationId, weekStart, weekEnd);
    if (published.length === 0)
      throw badRequest('Nothing new to publish: every shift of this week is already out.');
    const at = published[0]?.published_at ?? nowIso();
    const before = await findWeekPlan(trx, actor.orgId, stationId, weekStart);
    const demand = await demandOf(trx, actor.orgId, stationId, weekStart);
    await saveWeekPlan(trx, actor.orgId, {
      station_id: stationId,
      week_start: weekStart,
      demand: JSON.stringify(demand),
      published_at: at,
      published_by: actor.label,
      updated_by: actor.label,
    });
    const week = await listStationShifts(trx, actor.orgId, stationId, weekStart, weekEnd);
    const byDriver = groupBy(week, (s) => s.driver_id);
    const notified = [...new Set(published.map((s) => s.driver_id))];
    const das = await findDriversByIds(trx, actor.orgId, notified);
    await insertMessages(
      trx,
      actor.orgId,
      das.map((da) => ({
        driverId: da.id,
        topic: 'week_published',
        dedupeKey: `week_published:${stationId}:${weekStart}:${da.id}:${at}`,
        ...weekPublishedText(
          da.language,
          weekStart,
          (byDriver.get(da.id) ?? [])
            .filter((s) => s.status === 'scheduled')
            .map((s) => ({ date: s.business_date, kind: s.kind, startTime: s.start_time })),
        ),
        link: '/me/schedule',
      })),
    );
    await recordAudit(trx, actor, {
      entity: 'week_plan',
      entityId: `${stationId}:${weekStart}`,
      before: { published_at: before?.published_at ?? null },
      after: { published_at: at, shifts_published: published.length, das_notified: das.length },
    });
    return { publishedAt: at, shiftsPublished: published.length, dasNotified: das.length };
  });
}
