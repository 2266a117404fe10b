import { badRequest, conflict, type FieldProblem, fieldProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DriversTable, TimeOffStatus } from '../db/schema.js';
import { insertMessages } from '../messaging/store.js';
import { visibleDriver } from '../people/drivers.js';
import { daToday } from '../people/station-today.js';
import { findDriversByIds } from '../people/store.js';
import { nowIso } from '../shared/ids.js';
import { listDayRoutes, touchDay } from './day-store.js';
import { addDays } from './domain/calendar.js';
import { timeOffDecidedText } from './domain/messages.js';
import { deleteShifts, listDriverShifts } from './schedule-store.js';
import { findTimeOff, insertTimeOff, listTimeOff, toTimeOff, updateTimeOff } from './time-off-store.js';

/** How far ahead time off may be asked for, and how far back a request may start. */
export const TIME_OFF_AHEAD_DAYS = 365;
const LONGEST_TIME_OFF_DAYS = 60;

/** A DA asks for days off (from the phone, or a manager for them); a manager decides. */
export async function requestTimeOff(
  db: Db,
  actor: Actor,
  driverId: string,
  input: { firstDate: string; lastDate: string; reason?: string | null | undefined },
) {
  return db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const today = await daToday(trx, actor.orgId, da);
    const errors: FieldProblem[] = [];
    if (input.lastDate < input.firstDate)
      errors.push(fieldProblem('lastDate', { code: 'timeOff.lastBeforeFirst' }));
    if (input.firstDate < today)
      errors.push(fieldProblem('firstDate', { code: 'timeOff.startsToday', args: { today } }));
    if (input.firstDate > addDays(today, TIME_OFF_AHEAD_DAYS)) {
      errors.push(fieldProblem('firstDate', { code: 'timeOff.yearAhead' }));
    }
    if (input.lastDate > addDays(input.firstDate, LONGEST_TIME_OFF_DAYS - 1)) {
      errors.push(
        fieldProblem('lastDate', { code: 'timeOff.tooLong', args: { days: LONGEST_TIME_OFF_DAYS } }),
      );
    }
    if (errors.length) throw badRequest({ code: 'timeOff.checkDates' }, errors);
    const open = await listTimeOff(trx, actor.orgId, {
      driverIds: [da.id],
      from: input.firstDate,
      to: input.lastDate,
    });
    const overlap = open.find((t) => t.status === 'pending' || t.status === 'approved');
    if (overlap) {
      throw conflict(
        {
          code: 'timeOff.overlap',
          args: { status: overlap.status, first: overlap.first_date, last: overlap.last_date },
        },
        'firstDate',
      );
    }
    const row = await insertTimeOff(trx, actor.orgId, {
      driver_id: da.id,
      first_date: input.firstDate,
      last_date: input.lastDate,
      reason: input.reason?.trim() || null,
      status: 'pending',
      requested_by: actor.label,
      requested_at: nowIso(),
      decided_by: null,
      decided_at: null,
      decision_note: null,
    });
    await recordAudit(trx, actor, { entity: 'time_off_request', entityId: row.id, before: null, after: row });
    return toTimeOff(row);
  });
}

/**
 * Approves or denies a pending request and tells the DA. Approving takes the DA's shifts in those days
 * off the schedule (refused while the DA is on a route in them: reassign the route first).
 */
export async function decideTimeOff(
  db: Db,
  actor: Actor,
  id: string,
  input: { approve: boolean; note?: string | null | undefined },
) {
  return db.transaction().execute(async (trx) => {
    const before = await findTimeOff(trx, actor.orgId, id);
    if (!before) throw notFound('Time-off request');
    const da = await visibleDriver(trx, actor, before.driver_id).catch(() => {
      throw notFound('Time-off request');
    });
    if (before.status !== 'pending') throw conflict(`This request is already ${before.status}.`, 'id');
    const note = input.note?.trim() || null;
    if (!input.approve && !note) {
      throw badRequest('Say why.', [
        { path: 'note', message: 'A denied request needs a reason the DA will read.' },
      ]);
    }
    const removed = input.approve
      ? await clearShiftsIn(trx, actor, da, before.first_date, before.last_date)
      : [];
    await updateTimeOff(trx, actor.orgId, id, {
      status: input.approve ? 'approved' : 'denied',
      decided_by: actor.label,
      decided_at: nowIso(),
      decision_note: note,
    });
    const after = await findTimeOff(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'time_off_request', entityId: id, before, after: after ?? null });
    await insertMessages(trx, actor.orgId, [
      {
        driverId: da.id,
        topic: 'time_off_decided',
        dedupeKey: `time_off_decided:${id}`,
        ...timeOffDecidedText(da.language, {
          firstDate: before.first_date,
          lastDate: before.last_date,
          approved: input.approve,
          note,
        }),
        link: '/me/schedule',
      },
    ]);
    return { request: toTimeOff(after as NonNullable<typeof after>), shiftsRemoved: removed };
  });
}

async function clearShiftsIn(trx: Db, actor: Actor, da: DriversTable, from: string, to: string) {
  const shifts = await listDriverShifts(trx, actor.orgId, [da.id], from, to);
  for (const s of shifts) {
    const route = (await listDayRoutes(trx, actor.orgId, s.station_id, s.business_date)).find(
      (r) => r.driver_id === da.id,
    );
    if (route) {
      throw conflict(
        `The DA is on route ${route.code} on ${s.business_date}: reassign the route first.`,
        'approve',
      );
    }
  }
  await deleteShifts(
    trx,
    actor.orgId,
    shifts.map((s) => s.id),
  );
  for (const s of shifts) {
    await recordAudit(trx, actor, { entity: 'shift', entityId: s.id, before: s, after: null });
    await touchDay(trx, actor.orgId, s.station_id, s.business_date);
  }
  return shifts.map((s) => ({ date: s.business_date, kind: s.kind }));
}

/** A DA withdraws their own request while it waits (or before it starts, once approved). */
export async function cancelTimeOff(db: Db, actor: Actor, driverId: string, id: string) {
  return db.transaction().execute(async (trx) => {
    const da = await visibleDriver(trx, actor, driverId);
    const before = await findTimeOff(trx, actor.orgId, id);
    if (!before || before.driver_id !== da.id) throw notFound('Time-off request');
    const today = await daToday(trx, actor.orgId, da);
    const cancellable =
      before.status === 'pending' || (before.status === 'approved' && before.first_date > today);
    if (!cancellable)
      throw conflict({ code: 'timeOff.cannotWithdraw', args: { status: before.status } }, 'id');
    await updateTimeOff(trx, actor.orgId, id, { status: 'cancelled' });
    const after = await findTimeOff(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'time_off_request', entityId: id, before, after: after ?? null });
    return toTimeOff(after as NonNullable<typeof after>);
  });
}

/**
 * Requests in one status (waiting for a decision, by default) of the DAs the actor sees — at one
 * station when asked — soonest first, each with the DA's home station.
 */
export async function timeOffQueue(
  db: Db,
  actor: Actor,
  f: { status: TimeOffStatus; from?: string | undefined; stationId?: string | undefined },
) {
  const rows = await listTimeOff(db, actor.orgId, { status: f.status, ...(f.from ? { from: f.from } : {}) });
  const visible = (d: { homeStationId: string }) =>
    inStationScope(actor, d.homeStationId) && (!f.stationId || d.homeStationId === f.stationId);
  const das = await findDriversByIds(
    db,
    actor.orgId,
    rows.map((r) => r.driver_id),
  );
  const byId = new Map(das.filter(visible).map((d) => [d.id, d]));
  return rows.flatMap((r) => {
    const da = byId.get(r.driver_id);
    if (!da) return [];
    const driver = {
      id: da.id,
      firstName: da.firstName,
      lastName: da.lastName,
      homeStationId: da.homeStationId,
    };
    return [{ ...toTimeOff(r), driver }];
  });
}
