import { badRequest, conflict } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { RoutesTable } from '../db/schema.js';
import { logAttendance } from '../people/attendance.js';
import {
  conflictContext,
  type DayContext,
  type DayDriver,
  driverName,
  loadDayContext,
} from './day-context.js';
import { findRoute, touchDay, updateRoute } from './day-store.js';
import { currentRoute } from './delivery-routes.js';
import { DEFAULT_HOURLY_CENTS } from './domain/overtime-decision.js';
import {
  type FreeVanCandidate,
  freeVanFor,
  type RankRules,
  type ReplacementCandidate,
  rankReplacements,
} from './domain/replacements.js';
import { findShift, updateShift } from './schedule-store.js';

export interface CalloutInput {
  stationId: string;
  date: string;
  driverId: string;
  kind: 'callout' | 'ncns';
  noticeHours?: number | null | undefined;
  reason?: string | null | undefined;
}

/**
 * A DA calls out (or does not show): it is logged in their attendance with the policy's points, their
 * shift is marked, and any route they had that day goes back to uncovered for a replacement.
 */
export async function markCallout(db: Db, actor: Actor, input: CalloutInput) {
  return db.transaction().execute(async (trx) => {
    const ctx = await loadDayContext(trx, actor, input.stationId, input.date);
    const d = ctx.drivers.find((x) => x.driver.id === input.driverId);
    if (!d?.shift) {
      throw badRequest('Not on the schedule that day.', [
        { path: 'driverId', message: 'Only a DA with a shift that day can call out.' },
      ]);
    }
    if (d.shift.status !== 'scheduled')
      throw conflict(
        `${driverName(d.driver)} is already marked ${d.shift.status.replace('_', ' ')}.`,
        'driverId',
      );
    const event = await logAttendance(trx, actor, input.driverId, {
      date: input.date,
      kind: input.kind,
      noticeHours: input.kind === 'callout' ? input.noticeHours : null,
      reason: input.reason,
    });
    const shiftBefore = await findShift(trx, actor.orgId, d.shift.id);
    await updateShift(trx, actor.orgId, d.shift.id, {
      status: input.kind === 'callout' ? 'called_out' : 'no_show',
      attendance_event_id: event.id,
    });
    await recordAudit(trx, actor, {
      entity: 'shift',
      entityId: d.shift.id,
      before: shiftBefore ?? null,
      after: (await findShift(trx, actor.orgId, d.shift.id)) ?? null,
    });
    const why = `${driverName(d.driver)} ${input.kind === 'callout' ? 'called out' : 'did not show'}.`;
    const uncovered: string[] = [];
    for (const route of ctx.routes.filter((r) => r.driver_id === input.driverId)) {
      await updateRoute(trx, actor.orgId, route.id, {
        driver_id: null,
        pinned: 0,
        assignment_why: JSON.stringify([why]),
      });
      await recordAudit(trx, actor, {
        entity: 'route',
        entityId: route.id,
        before: route,
        after: (await findRoute(trx, actor.orgId, route.id)) ?? null,
      });
      uncovered.push(route.id);
    }
    const version = await touchDay(trx, actor.orgId, input.stationId, input.date);
    return { version, attendanceEventId: event.id, uncoveredRouteIds: uncovered };
  });
}

/** A DA of the day as Find a DA ranks them. */
export const replacementCandidate = (
  d: DayDriver,
  onRoute: ReadonlySet<string | null>,
): ReplacementCandidate => ({
  id: d.driver.id,
  name: driverName(d.driver),
  shiftKind: d.shift?.status === 'scheduled' ? d.shift.kind : null,
  calledOut: d.shift !== null && d.shift.status !== 'scheduled',
  checkedIn: d.shift?.checkedInAt != null,
  onRoute: onRoute.has(d.driver.id),
  cleared: d.cleared,
  vanTypes: d.vanTypes,
  available: d.availability.available,
  unavailableReason: d.availability.reason,
  otherDays: d.otherDays,
  otherDaysMinutes: d.otherDaysMinutes,
  hourlyRateCents: d.driver.hourlyRateCents,
  ...d.recent,
});

/** The org's lines and caps Find a DA ranks by. */
export const rankRulesOf = (ctx: DayContext): RankRules => {
  const { overtimeAfterMinutes, weekCapMinutes, caps } = conflictContext(ctx);
  return {
    overtimeAfterMinutes,
    weekCapMinutes,
    caps,
    maxDaysPerWeek: ctx.rules.maxDaysPerWeek,
    defaultHourlyCents: DEFAULT_HOURLY_CENTS,
  };
};

/** The day's vans as the free-van pick reads them; `busy` holds the vans on other routes. */
export const vanCandidates = (ctx: DayContext, busy: ReadonlySet<string | null>): FreeVanCandidate[] =>
  ctx.vans.map((v) => ({
    id: v.van.id,
    fleetNumber: v.van.fleetNumber,
    vanType: v.van.vanType,
    dispatchable: v.dispatchable,
    preTrip: v.preTrip,
    onRoute: busy.has(v.van.id),
  }));

/**
 * "Find a DA": who could take a route now, best first, with their week and the overtime each would
 * cost; who was left out and why; and the free van of the route's type they would take.
 */
export async function replacementsFor(db: Db, actor: Actor, routeId: string) {
  const route: RoutesTable = await currentRoute(db, actor, routeId);
  const ctx = await loadDayContext(db, actor, route.station_id, route.business_date);
  const onRoute = new Set(ctx.routes.map((r) => r.driver_id));
  const vanOnRoute = new Set(ctx.routes.filter((r) => r.id !== route.id).map((r) => r.van_id));
  const ranked = rankReplacements(
    { vanType: route.van_type, plannedMinutes: route.planned_minutes, waveTime: route.wave_time },
    ctx.drivers.map((d) => replacementCandidate(d, onRoute)),
    rankRulesOf(ctx),
  );
  const current = route.van_id ? ctx.vans.find((v) => v.van.id === route.van_id) : undefined;
  const { van, note } = current
    ? { van: { id: current.van.id, fleetNumber: current.van.fleetNumber }, note: null }
    : freeVanFor(route.van_type, vanCandidates(ctx, vanOnRoute));
  return {
    route: {
      id: route.id,
      code: route.code,
      vanType: route.van_type,
      plannedMinutes: route.planned_minutes,
      version: route.version,
    },
    ...ranked,
    van: van ? { id: van.id, fleetNumber: van.fleetNumber } : null,
    vanNote: note,
  };
}
