import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { insertMessages } from '../messaging/store.js';
import { visibleDriver } from '../people/drivers.js';
import { nowIso } from '../shared/ids.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { listDayRoutes, touchDay } from './day-store.js';
import { weekStartOf } from './domain/calendar.js';
import { shiftChangedText } from './domain/messages.js';
import { checkShift, type ShiftKind } from './domain/shift-checks.js';
import {
  deleteShifts,
  findShift,
  findShiftOn,
  findWeekPlan,
  insertShifts,
  type Shift,
  toShift,
  updateShift,
} from './schedule-store.js';
import { loadWeekContext } from './week-context.js';

export interface ShiftInput {
  stationId: string;
  driverId: string;
  date: string;
  kind: ShiftKind;
  startTime: string;
  minutes: number;
  note?: string | null | undefined;
}

/** A published week's change reaches the DA at once; before publishing, it waits for the week. */
async function notifyChange(trx: Db, actor: Actor, driverId: string, date: string, shift: Shift | null) {
  const da = await visibleDriver(trx, actor, driverId);
  await insertMessages(trx, actor.orgId, [
    {
      driverId,
      topic: 'shift_changed',
      dedupeKey: `shift_changed:${driverId}:${date}:${nowIso()}`,
      ...shiftChangedText(da.language, date, shift),
      link: '/me/schedule',
    },
  ]);
}

/**
 * Puts a DA on the schedule for a day (replacing their shift that day, if any). Refused when the
 * rules forbid it (approved time off, not cleared to drive); saved with warnings when it breaks a
 * cap the auto-scheduler keeps. In a published week the shift is published at once and the DA told.
 */
export async function putShift(
  db: Db,
  actor: Actor,
  input: ShiftInput,
): Promise<{ shift: Shift; warnings: string[] }> {
  const weekStart = weekStartOf(input.date);
  const ctx = await loadWeekContext(db, actor, input.stationId, weekStart, [input.driverId]);
  const da = ctx.drivers[0];
  if (!da) throw notFound('DA at this station');
  const day = da.days.find((d) => d.date === input.date);
  if (!day) throw badRequest('The date is outside the week.');
  const others = da.around.filter((s) => s.date !== input.date);
  const check = checkShift({
    shift: input,
    others,
    availability: day.availability,
    clearance: day.clearance,
    driverStatus: da.driver.status,
    weekStart,
    rules: ctx.rules,
  });
  if (check.errors.length) {
    throw badRequest(
      'This shift cannot be scheduled.',
      check.errors.map((message) => ({ path: 'driverId', message })),
    );
  }
  const shift = await db.transaction().execute(async (trx) => {
    const before = await findShiftOn(trx, actor.orgId, input.driverId, input.date);
    const plan = await findWeekPlan(trx, actor.orgId, input.stationId, weekStart);
    const published = plan?.published_at ? nowIso() : null;
    const values = {
      station_id: input.stationId,
      kind: input.kind,
      start_time: input.startTime,
      minutes: input.minutes,
      note: input.note?.trim() || null,
      source: 'manual',
      published_at: published ?? before?.published_at ?? null,
    };
    let id: string;
    if (before) {
      // A changed shift is the DA's to confirm again.
      await updateShift(trx, actor.orgId, before.id, { ...values, status: 'scheduled', confirmed_at: null });
      id = before.id;
    } else {
      const [row] = await insertShifts(trx, actor.orgId, [
        {
          ...values,
          driver_id: input.driverId,
          business_date: input.date,
          status: 'scheduled',
          confirmed_at: null,
          checked_in_at: null,
          attendance_event_id: null,
        },
      ]);
      id = (row as { id: string }).id;
    }
    const after = await findShift(trx, actor.orgId, id);
    await recordAudit(trx, actor, {
      entity: 'shift',
      entityId: id,
      before: before ?? null,
      after: after ?? null,
    });
    const shift = toShift(after as NonNullable<typeof after>);
    if (published) await notifyChange(trx, actor, input.driverId, input.date, shift);
    await touchDay(trx, actor.orgId, input.stationId, input.date);
    return shift;
  });
  return { shift, warnings: check.warnings };
}

/** Takes a shift off the schedule; a DA on a route that day must be taken off the route first. */
export async function removeShift(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await findShift(trx, actor.orgId, id);
    if (!before) throw notFound('Shift');
    await visibleStation(trx, actor, before.station_id);
    const onRoute = (await listDayRoutes(trx, actor.orgId, before.station_id, before.business_date)).find(
      (r) => r.driver_id === before.driver_id,
    );
    if (onRoute)
      throw conflict(`The DA is on route ${onRoute.code} that day: take them off the route first.`, 'id');
    await deleteShifts(trx, actor.orgId, [id]);
    await recordAudit(trx, actor, { entity: 'shift', entityId: id, before, after: null });
    if (before.published_at) await notifyChange(trx, actor, before.driver_id, before.business_date, null);
    await touchDay(trx, actor.orgId, before.station_id, before.business_date);
  });
}

/** Marks a DA arrived at the station for their shift (a dispatcher at the door, or the DA's phone). */
export async function checkIn(db: Db, actor: Actor, shiftId: string, driverId?: string): Promise<Shift> {
  return db.transaction().execute(async (trx) => {
    const before = await findShift(trx, actor.orgId, shiftId);
    if (!before || (driverId !== undefined && before.driver_id !== driverId)) throw notFound('Shift');
    // Staff check a DA in at their stations; a DA checks in their own shift wherever it is.
    if (driverId === undefined) await visibleStation(trx, actor, before.station_id);
    if (before.status !== 'scheduled')
      throw conflict({ code: 'shift.marked', args: { status: before.status } }, 'id');
    if (before.checked_in_at) return toShift(before);
    await updateShift(trx, actor.orgId, shiftId, { checked_in_at: nowIso() });
    const after = (await findShift(trx, actor.orgId, shiftId)) as NonNullable<typeof before>;
    await recordAudit(trx, actor, { entity: 'shift', entityId: shiftId, before, after });
    await touchDay(trx, actor.orgId, before.station_id, before.business_date);
    return toShift(after);
  });
}
