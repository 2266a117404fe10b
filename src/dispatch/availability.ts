import { badRequest, fieldProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { visibleDriver } from '../people/drivers.js';
import { daToday } from '../people/station-today.js';
import {
  deleteException,
  findException,
  listExceptions,
  listPatterns,
  savePattern,
  toException,
  toPattern,
  upsertException,
} from './availability-store.js';
import { type AvailabilityPattern, DEFAULT_PATTERN } from './domain/availability.js';
import { addDays } from './domain/calendar.js';
import { TIME_OFF_AHEAD_DAYS } from './time-off.js';
import { listTimeOff, toTimeOff } from './time-off-store.js';

/** A DA's weekly pattern, dated exceptions from today on, and time-off requests not yet over. */
export async function availabilityOf(db: Db, actor: Actor, driverId: string) {
  const da = await visibleDriver(db, actor, driverId);
  const today = await daToday(db, actor.orgId, da);
  const [patterns, exceptions, timeOff] = await Promise.all([
    listPatterns(db, actor.orgId, [da.id]),
    listExceptions(db, actor.orgId, [da.id], today, addDays(today, TIME_OFF_AHEAD_DAYS)),
    listTimeOff(db, actor.orgId, { driverIds: [da.id], from: addDays(today, -30) }),
  ]);
  const row = patterns[0];
  return {
    today,
    pattern: row ? toPattern(row) : DEFAULT_PATTERN,
    note: row?.note ?? null,
    updatedBy: row?.updated_by ?? null,
    exceptions: exceptions.map(toException),
    timeOff: timeOff.map(toTimeOff),
  };
}

/** Sets a DA's recurring week (the DA from the phone, or a manager). */
export async function setPattern(
  db: Db,
  actor: Actor,
  driverId: string,
  input: AvailabilityPattern & { note?: string | null | undefined },
) {
  const available = input.weekdays.filter(Boolean).length;
  if (input.wantsDays > available) {
    throw badRequest({ code: 'availability.tooManyDays' }, [
      fieldProblem('wantsDays', {
        code: 'availability.asksMore',
        args: { asked: input.wantsDays, available },
      }),
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const [before] = await listPatterns(trx, actor.orgId, [da.id]);
    const after = await savePattern(
      trx,
      actor.orgId,
      da.id,
      { ...input, note: input.note?.trim() || null },
      actor.label,
    );
    await recordAudit(trx, actor, {
      entity: 'driver_availability',
      entityId: da.id,
      before: before ?? null,
      after,
    });
    return toPattern(after);
  });
}

/** Marks one date as available or not, whatever the pattern says. */
export async function setException(
  db: Db,
  actor: Actor,
  driverId: string,
  input: { date: string; available: boolean; note?: string | null | undefined },
) {
  return db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const [before] = await listExceptions(trx, actor.orgId, [da.id], input.date, input.date);
    const row = await upsertException(trx, actor.orgId, {
      driver_id: da.id,
      business_date: input.date,
      available: input.available ? 1 : 0,
      note: input.note?.trim() || null,
      created_by: actor.label,
    });
    await recordAudit(trx, actor, {
      entity: 'availability_exception',
      entityId: row.id,
      before: before ?? null,
      after: row,
    });
    return toException(row);
  });
}

export async function removeException(db: Db, actor: Actor, driverId: string, id: string) {
  await db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const before = await findException(trx, actor.orgId, id);
    if (!before || before.driver_id !== da.id) throw notFound('Availability exception');
    await deleteException(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'availability_exception', entityId: id, before, after: null });
  });
}
