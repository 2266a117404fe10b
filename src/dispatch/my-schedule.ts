import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { findVan } from '../fleet/store.js';
import { ownDriver } from '../people/own-driver.js';
import { daToday } from '../people/station-today.js';
import { nowIso } from '../shared/ids.js';
import { findDay, listDriverRoutes } from './day-store.js';
import { addDays, weekStartOf } from './domain/calendar.js';
import { findShift, listDriverShifts, toShift, updateShift } from './schedule-store.js';

/**
 * A DA's own schedule for their phone: published shifts of this week and next, and today's route (and
 * the next one) with its van, staging location and wave time once that day's roster is out.
 */
export async function mySchedule(db: Db, actor: Actor, date?: string) {
  const da = await ownDriver(db, actor);
  const today = await daToday(db, actor.orgId, da);
  const weekStart = weekStartOf(date ?? today);
  const to = addDays(weekStart, 13);
  const shifts = (await listDriverShifts(db, actor.orgId, [da.id], weekStart, to))
    .filter((s) => s.published_at !== null)
    .map(toShift);
  const routes = await listDriverRoutes(db, actor.orgId, [da.id], today, addDays(today, ROUTES_AHEAD_DAYS));
  const out = await publishedRoutes(db, actor.orgId, routes);
  return {
    today,
    weekStart,
    language: da.language,
    shifts,
    todayShift: shifts.find((s) => s.date === today) ?? null,
    todayRoute: out.find((r) => r.date === today) ?? null,
    nextRoute: out.find((r) => r.date > today) ?? null,
  };
}

/** How far ahead a DA sees a route whose roster is out (many DSPs publish tomorrow's the evening before). */
const ROUTES_AHEAD_DAYS = 7;

/** The DA's routes on days whose roster is published, soonest first, with their vans. */
async function publishedRoutes(db: Db, orgId: string, routes: RoutesTable[]) {
  const out = [];
  for (const r of [...routes].sort((a, b) => a.business_date.localeCompare(b.business_date))) {
    const day = await findDay(db, orgId, r.station_id, r.business_date);
    if (!day?.roster_published_at) continue;
    const van = r.van_id ? await findVan(db, orgId, r.van_id) : undefined;
    out.push({
      date: r.business_date,
      code: r.code,
      waveTime: r.wave_time,
      stagingLocation: r.staging_location,
      plannedMinutes: r.planned_minutes,
      stops: r.stops,
      packages: r.packages,
      van: van ? { id: van.id, fleetNumber: van.fleetNumber, vanType: van.vanType } : null,
    });
  }
  return out;
}

/** The DA confirms a published shift (or all of a week's at once, one call each). */
export async function confirmMyShift(db: Db, actor: Actor, shiftId: string) {
  const da = await ownDriver(db, actor);
  return db.transaction().execute(async (trx) => {
    const before = await findShift(trx, actor.orgId, shiftId);
    if (!before || before.driver_id !== da.id || before.published_at === null) throw notFound('Shift');
    if (before.status !== 'scheduled') throw conflict({ code: 'shift.calledOut' }, 'id');
    if (before.confirmed_at) return toShift(before);
    await updateShift(trx, actor.orgId, shiftId, { confirmed_at: nowIso() });
    const after = (await findShift(trx, actor.orgId, shiftId)) as typeof before;
    await recordAudit(trx, actor, { entity: 'shift', entityId: shiftId, before, after });
    return toShift(after);
  });
}
