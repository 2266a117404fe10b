import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { findVan } from '../fleet/store.js';
import { ownDriver } from '../people/documents.js';
import { localDate } from '../shared/dates.js';
import { nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { findDay, listDriverRoutes } from './day-store.js';
import { addDays, weekStartOf } from './domain/calendar.js';
import { findShift, listDriverShifts, toShift, updateShift } from './schedule-store.js';

/**
 * A DA's own schedule for their phone: published shifts of this week and next, and today's route
 * with its van, staging location and wave time once the day's roster is out.
 */
export async function mySchedule(db: Db, actor: Actor, date?: string) {
  const da = await ownDriver(db, actor);
  const station = await findStation(db, actor.orgId, da.home_station_id);
  const zone = station?.time_zone ?? 'UTC';
  const today = localDate(zone);
  const weekStart = weekStartOf(date ?? today);
  const to = addDays(weekStart, 13);
  const shifts = (await listDriverShifts(db, actor.orgId, [da.id], weekStart, to))
    .filter((s) => s.published_at !== null)
    .map(toShift);
  const routes = await listDriverRoutes(db, actor.orgId, [da.id], today, today);
  const route = routes[0];
  const day = route ? await findDay(db, actor.orgId, route.station_id, today) : undefined;
  const published = route && day?.roster_published_at ? route : undefined;
  const van = published?.van_id ? await findVan(db, actor.orgId, published.van_id) : undefined;
  return {
    today,
    weekStart,
    language: da.language,
    shifts,
    todayShift: shifts.find((s) => s.date === today) ?? null,
    todayRoute: published
      ? {
          code: published.code,
          waveTime: published.wave_time,
          stagingLocation: published.staging_location,
          plannedMinutes: published.planned_minutes,
          stops: published.stops,
          packages: published.packages,
          van: van ? { id: van.id, fleetNumber: van.fleetNumber, vanType: van.vanType } : null,
        }
      : null,
  };
}

/** The DA confirms a published shift (or all of a week's at once, one call each). */
export async function confirmMyShift(db: Db, actor: Actor, shiftId: string) {
  const da = await ownDriver(db, actor);
  return db.transaction().execute(async (trx) => {
    const before = await findShift(trx, actor.orgId, shiftId);
    if (!before || before.driver_id !== da.id || before.published_at === null) throw notFound('Shift');
    if (before.status !== 'scheduled') throw conflict('This shift was called out.', 'id');
    if (before.confirmed_at) return toShift(before);
    await updateShift(trx, actor.orgId, shiftId, { confirmed_at: nowIso() });
    const after = (await findShift(trx, actor.orgId, shiftId)) as typeof before;
    await recordAudit(trx, actor, { entity: 'shift', entityId: shiftId, before, after });
    return toShift(after);
  });
}
