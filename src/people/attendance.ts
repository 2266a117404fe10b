import { badRequest, conflict, HttpProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, can } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { AttendanceEventsTable } from '../db/schema.js';
import { addDays } from '../shared/days.js';
import {
  type AttendanceEvent,
  findClash,
  findEvent,
  findPolicy,
  insertEvent,
  toEvent,
  toFacts,
  updateEvent,
} from './attendance-store.js';
import { type AttendanceKind, attendancePoints } from './domain/attendance.js';
import { visibleDriver } from './drivers.js';
import { stationToday } from './station-today.js';

// Logging a DA's callouts, no-shows, late arrivals, early leaves and sendings home; excusing and
// removing them.

/** How far ahead a callout may be logged (a DA calling out for next week's shift). */
const CALLOUT_AHEAD_DAYS = 14;

/** A callout and a no-show cannot both happen on one shift; any other kind only once a day. */
const CLASHES: Record<AttendanceKind, AttendanceKind[]> = {
  callout: ['callout', 'ncns'],
  ncns: ['ncns', 'callout'],
  late: ['late'],
  left_early: ['left_early'],
  sent_home: ['sent_home'],
};

export interface AttendanceInput {
  date: string;
  kind: AttendanceKind;
  noticeHours?: number | null | undefined;
  lateMinutes?: number | null | undefined;
  reason?: string | null | undefined;
  excused?: boolean | undefined;
}

/** The fields each kind needs, and no others: a callout its notice, a late its minutes. */
function checkFields(input: AttendanceInput, today: string): void {
  const errors: { path: string; message: string }[] = [];
  const latest = input.kind === 'callout' ? addDays(today, CALLOUT_AHEAD_DAYS) : today;
  if (input.date > latest) {
    errors.push({
      path: 'date',
      message:
        input.kind === 'callout'
          ? `A callout can be logged up to ${CALLOUT_AHEAD_DAYS} days ahead (until ${latest}).`
          : `Not after today (${today}) at the DA’s station.`,
    });
  }
  if (input.kind === 'callout' && (input.noticeHours === undefined || input.noticeHours === null)) {
    errors.push({ path: 'noticeHours', message: 'How many hours before the shift did they call?' });
  }
  if (input.kind !== 'callout' && input.noticeHours != null) {
    errors.push({ path: 'noticeHours', message: 'Only a callout has notice.' });
  }
  if (input.kind === 'late' && !input.lateMinutes) {
    errors.push({ path: 'lateMinutes', message: 'How many minutes late?' });
  }
  if (input.kind !== 'late' && input.lateMinutes != null) {
    errors.push({ path: 'lateMinutes', message: 'Only a late arrival has minutes late.' });
  }
  if (errors.length) throw badRequest('Check the attendance event.', errors);
}

/**
 * Logs a callout, no-show, late arrival, early leave or sending home, with the points the org's policy
 * gives it now. Dispatchers log them as they happen; excusing one is a manager's call.
 */
export async function recordAttendance(
  db: Db,
  actor: Actor,
  driverId: string,
  input: AttendanceInput,
): Promise<AttendanceEvent> {
  return db.transaction().execute(async (trx) => logAttendance(trx, actor, driverId, input));
}

/** `recordAttendance` inside the caller's transaction (a callout marked on the dispatch board). */
export async function logAttendance(
  trx: Db,
  actor: Actor,
  driverId: string,
  input: AttendanceInput,
): Promise<AttendanceEvent> {
  if (input.excused && !can(actor.role, 'people.write')) {
    throw new HttpProblem(403, 'Forbidden', 'Only a manager can excuse an attendance event.', [
      { path: 'excused', message: 'Log it, then ask a manager to excuse it.' },
    ]);
  }
  const da = await visibleDriver(trx, actor, driverId);
  checkFields(input, await stationToday(trx, actor.orgId, da.home_station_id));
  const clash = await findClash(trx, actor.orgId, da.id, input.date, CLASHES[input.kind]);
  if (clash) {
    throw conflict(`A ${clash.kind.replace('_', ' ')} is already logged for ${input.date}.`, 'kind');
  }
  const policy = await findPolicy(trx, actor.orgId);
  const excused = input.excused ? 1 : 0;
  const values = {
    driver_id: da.id,
    business_date: input.date,
    kind: input.kind,
    notice_minutes: input.noticeHours == null ? null : Math.round(input.noticeHours * 60),
    late_minutes: input.lateMinutes ?? null,
    reason: input.reason?.trim() || null,
    excused: excused as 0 | 1,
    excused_by: excused ? actor.label : null,
    excused_at: excused ? new Date().toISOString() : null,
    excuse_note: null,
    recorded_by: actor.label,
    deleted_at: null,
    deleted_by: null,
    delete_reason: null,
  };
  const row = await insertEvent(trx, actor.orgId, {
    ...values,
    points_tenths: attendancePoints(toFacts(values), policy),
  });
  await recordAudit(trx, actor, { entity: 'attendance_event', entityId: row.id, before: null, after: row });
  return toEvent(row);
}

async function visibleEvent(trx: Db, actor: Actor, id: string) {
  const row = await findEvent(trx, actor.orgId, id);
  if (!row) throw notFound('Attendance event');
  await visibleDriver(trx, actor, row.driver_id).catch(() => {
    throw notFound('Attendance event');
  });
  return row;
}

/** Excuses an event (it then costs no points) or takes the excuse back (the policy's points return). */
export async function excuseAttendance(
  db: Db,
  actor: Actor,
  id: string,
  input: { excused: boolean; note?: string | null | undefined },
): Promise<AttendanceEvent> {
  return db.transaction().execute(async (trx) => {
    const before = await visibleEvent(trx, actor, id);
    if (before.deleted_at) throw conflict('This event was removed.', 'id');
    const excused = input.excused ? 1 : 0;
    const policy = await findPolicy(trx, actor.orgId);
    await updateEvent(trx, actor.orgId, id, {
      excused,
      excused_by: excused ? actor.label : null,
      excused_at: excused ? new Date().toISOString() : null,
      excuse_note: excused ? input.note?.trim() || null : null,
      points_tenths: attendancePoints({ ...toFacts(before), excused: input.excused }, policy),
    });
    const after = (await findEvent(trx, actor.orgId, id)) as AttendanceEventsTable;
    await recordAudit(trx, actor, { entity: 'attendance_event', entityId: id, before, after });
    return toEvent(after);
  });
}

/** Removes an event logged by mistake, with why; it stays visible to managers, crossed out, and counts nothing. */
export async function removeAttendance(
  db: Db,
  actor: Actor,
  id: string,
  reason: string,
): Promise<AttendanceEvent> {
  const why = reason.trim();
  if (!why) throw badRequest('Say why.', [{ path: 'reason', message: 'Say why this event is removed.' }]);
  return db.transaction().execute(async (trx) => {
    const before = await visibleEvent(trx, actor, id);
    if (before.deleted_at) throw conflict('This event was already removed.', 'id');
    await updateEvent(trx, actor.orgId, id, {
      deleted_at: new Date().toISOString(),
      deleted_by: actor.label,
      delete_reason: why,
    });
    const after = (await findEvent(trx, actor.orgId, id)) as AttendanceEventsTable;
    await recordAudit(trx, actor, { entity: 'attendance_event', entityId: id, before, after });
    return toEvent(after);
  });
}
