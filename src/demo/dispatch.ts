import type { AuditActor } from '../audit/store.js';
import type { Db } from '../db/database.js';
import { insertRows } from '../db/insert-rows.js';
import type { AttendanceEventsTable, DispatchDaysTable, MessagesTable, RescuesTable } from '../db/schema.js';
import { insertRoutes } from '../dispatch/day-store.js';
import { insertShifts } from '../dispatch/schedule-store.js';
import { listStationVans } from '../fleet/store.js';
import { insertEvents } from '../people/attendance-store.js';
import { attendancePoints, DEFAULT_POLICY } from '../people/domain/attendance.js';
import { failedSteps } from '../people/onboarding-store.js';
import { listDriversInStatuses } from '../people/store.js';
import { listMembers } from '../tenancy/member-store.js';
import { atLocal } from './clock.js';
import {
  availabilityRows,
  dayRow,
  publishing,
  rescueRows,
  routeRows,
  shiftRows,
  weekPlanRows,
} from './dispatch-rows.js';
import { routeMessages, weekMessages } from './messages.js';
import type { AttendedShift } from './people-attendance.js';
import { seededRandom } from './random.js';
import type { Outcome } from './roster.js';
import type { PlannedShift, PlanStation, StationPlan } from './schedule.js';
import { planStation } from './schedule-station.js';
import { type StationRole, type StationStory, tellStation, type VanDay, vanDays } from './story.js';

/**
 * The dispatch demo (issue 4, item 11), in two steps around attendance: `planDispatchDemo` makes each
 * station's plan (availability, routes, shifts) and hands attendance its past shifts; then
 * `createDispatchDemo` draws the rosters, closes and rescues on the plan and what attendance recorded,
 * writes them, and returns each van's day for the inspections demo to follow.
 */

export interface DispatchDemoOptions {
  orgId: string;
  stations: PlanStation[];
  seed: number;
  system: AuditActor;
}

export interface DispatchPlan {
  /** Its own stream, so the dispatch demo leaves the rest of the demo as it was for a seed. */
  rand: () => number;
  stations: StationPlan[];
  /** Every driving shift before today, for attendance to be drawn on. */
  pastShifts: PlannedShift[];
}

export async function planDispatchDemo(trx: Db, opts: DispatchDemoOptions): Promise<DispatchPlan> {
  const rand = seededRandom(opts.seed * 31 + 4);
  const stations: StationPlan[] = [];
  for (const station of opts.stations) {
    const drivers = await listDriversInStatuses(
      trx,
      { orgId: opts.orgId, stationIds: null },
      ['active', 'onboarding'],
      station.id,
    );
    const vans = await listStationVans(trx, opts.orgId, station.id);
    const loginDriverIds = new Set(drivers.filter((d) => d.userId).map((d) => d.id));
    stations.push(planStation(rand, { station, drivers, vans, loginDriverIds }));
  }
  const pastShifts = stations.flatMap((p) =>
    p.days
      .filter((d) => d.date < p.today)
      .flatMap((d) => d.shifts.filter((s) => s.kind === 'route' || s.kind === 'standby')),
  );
  return { rand, stations, pastShifts };
}

/** The first station shows a published morning, the second one still to dispatch. */
const ROLES: StationRole[] = ['published', 'to_dispatch'];

export async function createDispatchDemo(
  trx: Db,
  opts: DispatchDemoOptions,
  plan: DispatchPlan,
  events: ReadonlyMap<AttendedShift, AttendanceEventsTable>,
): Promise<VanDay[]> {
  const now = new Date();
  const outcomes = new Map<PlannedShift, Outcome>();
  for (const [shift, e] of events) {
    outcomes.set(shift as PlannedShift, { id: e.id, kind: e.kind, lateMinutes: e.late_minutes });
  }
  dropTraining(plan.stations, await failedOnboarding(trx, opts.orgId, plan.stations));
  const stories = plan.stations.map((p, i) =>
    tellStation(plan.rand, p, outcomes, ROLES[i] ?? 'routes_only', now),
  );
  const staff = await staffLabels(trx, opts);
  await insertEvents(
    trx,
    stories.flatMap((s) => calloutEvent(plan.rand, opts.orgId, s, staff, now)),
  );
  for (const story of stories) await writeStory(trx, opts.orgId, plan.rand, story, staff, now);
  return stories.flatMap((s) => vanDays(plan.rand, s));
}

/** This morning's callout at the second station, as the dispatcher logged it. */
function calloutEvent(
  rand: () => number,
  orgId: string,
  story: StationStory,
  staff: Staff,
  now: Date,
): AttendanceEventsTable[] {
  const shift = story.calloutToday;
  const o = shift ? story.outcomes.get(shift) : undefined;
  if (!shift || !o) return [];
  const midnight = atLocal(story.plan.station.time_zone, shift.date, 5).getTime();
  const recorded = new Date(Math.max(midnight, now.getTime() - (20 + Math.floor(rand() * 40)) * 60_000));
  const e = {
    kind: 'callout' as const,
    noticeMinutes: 60 + Math.floor(rand() * 50),
    lateMinutes: null,
    excused: false,
  };
  return [
    {
      org_id: orgId,
      id: o.id,
      driver_id: shift.driverId,
      business_date: shift.date,
      kind: e.kind,
      notice_minutes: e.noticeMinutes,
      late_minutes: null,
      reason: 'Sick',
      excused: 0,
      excused_by: null,
      excused_at: null,
      excuse_note: null,
      points_tenths: attendancePoints(e, DEFAULT_POLICY),
      recorded_by: staff.dispatcherOf.get(story.plan.station.id) ?? staff.manager,
      recorded_at: recorded.toISOString(),
      deleted_at: null,
      deleted_by: null,
      delete_reason: null,
    },
  ];
}

interface Staff {
  manager: string;
  dispatcherOf: Map<string, string>;
}

/** Who published weeks and decided time off (the manager), and who ran each station's board. */
async function staffLabels(trx: Db, opts: DispatchDemoOptions): Promise<Staff> {
  const all = { orgId: opts.orgId, stationIds: null };
  const label = (m: { name: string; email: string }) => `${m.name} <${m.email}>`;
  const manager = (await listMembers(trx, all, { role: 'manager', limit: 1 })).items[0];
  const dispatchers = (await listMembers(trx, all, { role: 'dispatcher', limit: 100 })).items;
  const dispatcherOf = new Map<string, string>();
  for (const d of dispatchers) for (const id of d.stationIds ?? []) dispatcherOf.set(id, label(d));
  return { manager: manager ? label(manager) : opts.system.label, dispatcherOf };
}

/** Onboarding DAs who failed a step (a drug test, say): the onboarding demo decides it after the plan. */
async function failedOnboarding(trx: Db, orgId: string, plans: StationPlan[]): Promise<Set<string>> {
  const ids = plans.flatMap((p) =>
    p.das.filter((d) => d.driver.status === 'onboarding').map((d) => d.driver.id),
  );
  const failed = await failedSteps(trx, orgId, ids);
  return new Set([...failed].filter(([, steps]) => steps.length > 0).map(([id]) => id));
}

/** Takes the ride-alongs of DAs who failed an onboarding step off the plan: they are not coming. */
function dropTraining(plans: StationPlan[], barred: ReadonlySet<string>) {
  for (const plan of plans) {
    for (const day of plan.days) {
      day.shifts = day.shifts.filter((s) => s.kind !== 'training' || !barred.has(s.driverId));
    }
    for (const da of plan.das) if (barred.has(da.driver.id)) da.shifts.clear();
  }
}

/** One station's story, written table by table in multi-row statements. */
async function writeStory(
  trx: Db,
  orgId: string,
  rand: () => number,
  story: StationStory,
  staff: Staff,
  now: Date,
): Promise<void> {
  const pub = publishing(rand, story, now);
  const { plan } = story;
  const dispatcher = staff.dispatcherOf.get(plan.station.id) ?? staff.manager;
  const { patterns, exceptions, timeOff } = availabilityRows(orgId, plan, staff.manager);
  await insertRows(trx, 'driver_availability', patterns);
  await insertRows(trx, 'availability_exceptions', exceptions);
  await insertRows(trx, 'time_off_requests', timeOff);
  await insertRows(trx, 'week_plans', weekPlanRows(orgId, story, pub, staff.manager));
  await insertShifts(trx, orgId, shiftRows(rand, story, pub, now));
  const days = story.days.map((day) => ({ day, values: routeRows(rand, story, day, pub, dispatcher) }));
  const inserted = await insertRoutes(
    trx,
    orgId,
    days.flatMap((d) => d.values),
  );
  const rescues: RescuesTable[] = [];
  const messages: MessagesTable[] = weekMessages(rand, orgId, story, pub, now);
  const dayRows: DispatchDaysTable[] = [];
  let next = 0;
  for (const { day, values } of days) {
    const ids = inserted.slice(next, next + values.length).map((r) => r.id);
    next += values.length;
    rescues.push(...rescueRows(orgId, story, day, ids, dispatcher));
    messages.push(
      ...routeMessages(rand, orgId, story, day, { ids, versions: values.map((v) => v.version) }, pub, now),
    );
    dayRows.push(dayRow(orgId, story, day, pub, dispatcher));
  }
  await insertRows(trx, 'rescues', rescues);
  await insertRows(trx, 'dispatch_days', dayRows);
  await insertRows(trx, 'messages', messages);
}
