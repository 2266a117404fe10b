import type { AuditActor } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { AttendanceEventsTable } from '../db/schema.js';
import type { FileStorage } from '../files/storage.js';
import { insertEvents } from '../people/attendance-store.js';
import { type Driver, listDriversInStatuses } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { listMembers } from '../tenancy/member-store.js';
import { type AttendedShift, drawAttendance } from './people-attendance.js';
import { demoDocuments } from './people-documents.js';
import { demoOnboarding } from './people-onboarding.js';
import { demoRatingsAndNotes } from './people-ratings.js';
import { seededRandom } from './random.js';

export interface PeopleRecordsDemoContext {
  orgId: string;
  stations: { id: string; time_zone: string }[];
  storage: FileStorage;
  seed: number;
  system: AuditActor;
  /** Every past driving shift of the dispatch plan, in date order. */
  shifts: readonly AttendedShift[];
}

export interface PeopleRecordsDemoSummary {
  steps: number;
  onboardingRecords: number;
  documents: number;
  attendanceEvents: number;
  scheduledShifts: number;
  /** The attendance event drawn on each shift that had one (callouts, no-shows, lates, …). */
  events: Map<AttendedShift, AttendanceEventsTable>;
}

/**
 * The people records of the demo DSP: onboarding progress for applicants and new hires, documents for
 * active DAs (some expiring within 7/14/30 days, a few expired, one waiting for review per station),
 * attendance drawn on the dispatch plan's past shifts (twelve weeks), ratings and notes. Deterministic
 * for a seed; bulk rows go in batches.
 * Seeded history is not written to the audit trail (nobody made those changes); the checklist is.
 */
export async function createPeopleRecordsDemo(
  trx: Db,
  ctx: PeopleRecordsDemoContext,
): Promise<PeopleRecordsDemoSummary> {
  const rand = seededRandom(ctx.seed * 7919 + 17);
  const todayAt = new Map(ctx.stations.map((s) => [s.id, localDate(s.time_zone)]));
  const todayOf = (d: Driver) => todayAt.get(d.homeStationId) ?? localDate('UTC');
  const drivers = await listDriversInStatuses(trx, { orgId: ctx.orgId, stationIds: null }, [
    'applicant',
    'onboarding',
    'active',
    'inactive',
    'terminated',
  ]);
  const manager = (
    await listMembers(trx, { orgId: ctx.orgId, stationIds: null }, { role: 'manager', limit: 1 })
  ).items[0];
  const managerLabel = manager ? `${manager.name} <${manager.email}>` : ctx.system.label;

  const onboarding = await demoOnboarding(trx, ctx, rand, drivers, todayOf, managerLabel);
  const documents = await demoDocuments(trx, ctx, rand, drivers, todayOf, managerLabel);
  const events = drawAttendance(rand, ctx.orgId, drivers, ctx.shifts);
  const attendance = [...events.values()];
  await insertEvents(trx, attendance);
  await demoRatingsAndNotes(trx, ctx.orgId, rand, drivers, attendance, managerLabel);
  return {
    steps: onboarding.steps,
    onboardingRecords: onboarding.records,
    documents,
    attendanceEvents: attendance.length,
    scheduledShifts: ctx.shifts.length,
    events,
  };
}
