import type { Db } from '../db/database.js';
import type { AttendanceEventsTable, AttendancePoliciesTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import {
  type AttendanceFacts,
  type AttendanceKind,
  type AttendancePolicy,
  DEFAULT_POLICY,
} from './domain/attendance.js';

export interface AttendanceEvent {
  id: string;
  driverId: string;
  date: string;
  kind: AttendanceKind;
  noticeMinutes: number | null;
  lateMinutes: number | null;
  reason: string | null;
  excused: boolean;
  excusedBy: string | null;
  excusedAt: string | null;
  excuseNote: string | null;
  pointsTenths: number;
  recordedBy: string;
  recordedAt: string;
  deletedAt: string | null;
  deletedBy: string | null;
  deleteReason: string | null;
}

export const toEvent = (r: AttendanceEventsTable): AttendanceEvent => ({
  id: r.id,
  driverId: r.driver_id,
  date: r.business_date,
  kind: r.kind,
  noticeMinutes: r.notice_minutes,
  lateMinutes: r.late_minutes,
  reason: r.reason,
  excused: r.excused === 1,
  excusedBy: r.excused_by,
  excusedAt: r.excused_at,
  excuseNote: r.excuse_note,
  pointsTenths: r.points_tenths,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
  deletedAt: r.deleted_at,
  deletedBy: r.deleted_by,
  deleteReason: r.delete_reason,
});

/** What an event's points are worked out from (`attendancePoints`). */
export const toFacts = (
  r: Pick<AttendanceEventsTable, 'kind' | 'notice_minutes' | 'late_minutes' | 'excused'>,
): AttendanceFacts => ({
  kind: r.kind,
  noticeMinutes: r.notice_minutes,
  lateMinutes: r.late_minutes,
  excused: r.excused === 1,
});

export const toPolicy = (r: AttendancePoliciesTable): AttendancePolicy => ({
  ncnsTenths: r.ncns_tenths,
  calloutShortTenths: r.callout_short_tenths,
  calloutTenths: r.callout_tenths,
  shortNoticeHours: r.short_notice_hours,
  lateTenths: r.late_tenths,
  lateGraceMinutes: r.late_grace_minutes,
  leftEarlyTenths: r.left_early_tenths,
  sentHomeTenths: r.sent_home_tenths,
  flagTenths: r.flag_tenths,
  windowDays: r.window_days,
});

export const findPolicyRow = (db: Db, orgId: string) =>
  db.selectFrom('attendance_policies').selectAll().where('org_id', '=', orgId).executeTakeFirst();

/** The org's policy, or the defaults while it has set none. */
export async function findPolicy(db: Db, orgId: string): Promise<AttendancePolicy> {
  const row = await findPolicyRow(db, orgId);
  return row ? toPolicy(row) : DEFAULT_POLICY;
}

export async function savePolicy(
  db: Db,
  orgId: string,
  p: AttendancePolicy,
  by: string,
  exists: boolean,
): Promise<AttendancePoliciesTable> {
  const row: AttendancePoliciesTable = {
    org_id: orgId,
    ncns_tenths: p.ncnsTenths,
    callout_short_tenths: p.calloutShortTenths,
    callout_tenths: p.calloutTenths,
    short_notice_hours: p.shortNoticeHours,
    late_tenths: p.lateTenths,
    late_grace_minutes: p.lateGraceMinutes,
    left_early_tenths: p.leftEarlyTenths,
    sent_home_tenths: p.sentHomeTenths,
    flag_tenths: p.flagTenths,
    window_days: p.windowDays,
    updated_by: by,
    updated_at: nowIso(),
  };
  if (exists) {
    const { org_id: _org, ...set } = row;
    await db.updateTable('attendance_policies').set(set).where('org_id', '=', orgId).execute();
  } else {
    await db.insertInto('attendance_policies').values(row).execute();
  }
  return row;
}

export type EventValues = Omit<AttendanceEventsTable, 'org_id' | 'id' | 'recorded_at'>;

export async function insertEvent(db: Db, orgId: string, v: EventValues): Promise<AttendanceEventsTable> {
  const row: AttendanceEventsTable = { org_id: orgId, id: newId(), ...v, recorded_at: nowIso() };
  await db.insertInto('attendance_events').values(row).execute();
  return row;
}

/** Many events at once (the demo), in multi-row statements. */
export async function insertEvents(db: Db, rows: AttendanceEventsTable[]): Promise<void> {
  // 19 columns a row: 500 rows stay under SQLite's limit of bound parameters.
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('attendance_events')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

export const findEvent = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('attendance_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function updateEvent(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<
    Pick<
      AttendanceEventsTable,
      | 'excused'
      | 'excused_by'
      | 'excused_at'
      | 'excuse_note'
      | 'points_tenths'
      | 'deleted_at'
      | 'deleted_by'
      | 'delete_reason'
    >
  >,
): Promise<void> {
  await db
    .updateTable('attendance_events')
    .set(patch)
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** A DA's events, newest shift first; removed ones only when asked (managers see them, crossed out). */
export async function listEventsOf(
  db: Db,
  orgId: string,
  driverId: string,
  withRemoved: boolean,
): Promise<AttendanceEventsTable[]> {
  let q = db
    .selectFrom('attendance_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId);
  if (!withRemoved) q = q.where('deleted_at', 'is', null);
  return q.orderBy('business_date', 'desc').orderBy('id', 'desc').execute();
}

/** What rolling counts read of the events that still count, for some DAs from a date on (lists). */
export async function listCountingPoints(db: Db, orgId: string, from: string, driverIds: string[]) {
  if (driverIds.length === 0) return [];
  return db
    .selectFrom('attendance_events')
    .select(['driver_id', 'business_date', 'kind', 'points_tenths'])
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .where('business_date', '>=', from)
    .where('driver_id', 'in', driverIds)
    .execute();
}

/** Every event of the org that still counts (not removed) from a date on: what a policy change recomputes. */
export const listCountingEvents = (db: Db, orgId: string, from: string): Promise<AttendanceEventsTable[]> =>
  db
    .selectFrom('attendance_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('deleted_at', 'is', null)
    .where('business_date', '>=', from)
    .execute();

/** Whether the DA already has a counting event of one of `kinds` on `date` (a callout and a NCNS exclude each other). */
export const findClash = (db: Db, orgId: string, driverId: string, date: string, kinds: AttendanceKind[]) =>
  db
    .selectFrom('attendance_events')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('business_date', '=', date)
    .where('kind', 'in', kinds)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();

/** Gives many events the same points (a policy change recomputing them). */
export async function setEventPoints(
  db: Db,
  orgId: string,
  ids: string[],
  pointsTenths: number,
): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable('attendance_events')
      .set({ points_tenths: pointsTenths })
      .where('org_id', '=', orgId)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}
