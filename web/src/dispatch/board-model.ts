import {
  assignmentConflicts,
  type Conflict,
  type ConflictDriver,
  type ConflictVan,
} from '../../../src/dispatch/domain/conflicts.js';
import { type Replacement, rankReplacements } from '../../../src/dispatch/domain/replacements.js';
import type { Board, BoardDriver, BoardRoute, BoardVan } from './api.js';

/** What is being dragged across the board: a DA or a van, and the route it comes from. */
export interface Dragged {
  kind: 'driver' | 'van';
  id: string;
  fromRouteId: string | null;
}

const asDriver = (d: BoardDriver): ConflictDriver => ({
  id: d.id,
  name: d.name,
  shiftKind: d.shift && d.shift.status === 'scheduled' ? d.shift.kind : null,
  calledOut: d.shift !== null && d.shift.status !== 'scheduled',
  timeOff: d.availability.timeOff,
  unavailableReason: d.availability.reason,
  cleared: d.cleared,
  clearanceReasons: d.clearanceReasons,
  vanTypes: d.vanTypes,
  otherDaysMinutes: d.otherDaysMinutes,
  pastSixDaysMinutes: d.pastSixDaysMinutes,
  yesterdayEndMinute: d.yesterdayEndMinute,
});

const asVan = (v: BoardVan): ConflictVan => ({
  id: v.id,
  fleetNumber: v.fleetNumber,
  vanType: v.vanType,
  dispatchable: v.dispatchable,
  outOfServiceReason: v.dispatchable ? null : v.statusReason,
  preTrip: v.preTrip,
});

/**
 * The route as it would be with the dragged DA or van dropped on it, and the conflicts of that: the
 * same rules the server checks (one pure function shared with it), so the warning shown while
 * dragging is the answer the drop will get.
 */
export function dropOutcome(board: Board, route: BoardRoute, dragged: Dragged) {
  const driverId = dragged.kind === 'driver' ? dragged.id : route.driverId;
  const vanId = dragged.kind === 'van' ? dragged.id : route.vanId;
  const driver = driverId ? board.drivers.find((d) => d.id === driverId) : undefined;
  const van = vanId ? board.vans.find((v) => v.id === vanId) : undefined;
  const conflicts: Conflict[] = assignmentConflicts(
    { ...route },
    driver ? asDriver(driver) : null,
    van ? asVan(van) : null,
    { routes: board.routes, ...board.rules },
  );
  return { driverId, vanId, conflicts, blocked: conflicts.some((c) => c.level === 'block') };
}

/**
 * The "Assign…" list of a route: the DAs "Find a DA" offers, best first with their facts (the same
 * pure ranking the server uses), then every other cleared DA with why they were left out.
 */
export function assignChoices(
  board: Board,
  route: BoardRoute,
): { offered: Replacement[]; others: { driver: BoardDriver; reason: string }[] } {
  const candidates = board.drivers.map((d) => ({
    id: d.id,
    name: d.name,
    shiftKind: d.shift?.status === 'scheduled' ? d.shift.kind : null,
    calledOut: d.shift !== null && d.shift.status !== 'scheduled',
    checkedIn: d.shift?.checkedInAt != null,
    onRoute: d.routeId !== null && d.routeId !== route.id,
    cleared: d.cleared,
    vanTypes: d.vanTypes,
    available: d.availability.available,
    unavailableReason: d.availability.reason,
    otherDays: d.otherDays,
    otherDaysMinutes: d.otherDaysMinutes,
    pastSixDaysMinutes: d.pastSixDaysMinutes,
    yesterdayEndMinute: d.yesterdayEndMinute,
    hourlyRateCents: d.hourlyRateCents,
  }));
  const { replacements, leftOut } = rankReplacements(route, candidates, board.rules);
  const byId = new Map(board.drivers.map((d) => [d.id, d]));
  const others = leftOut.flatMap(({ reason, driverIds }) =>
    driverIds.flatMap((id) => {
      const driver = byId.get(id);
      return driver?.cleared ? [{ driver, reason }] : [];
    }),
  );
  return { offered: replacements, others };
}

/** Routes grouped by wave time, earliest first. */
export function waves(routes: readonly BoardRoute[]): [string, BoardRoute[]][] {
  const byWave = new Map<string, BoardRoute[]>();
  for (const r of routes) byWave.set(r.waveTime, [...(byWave.get(r.waveTime) ?? []), r]);
  return [...byWave.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** Hours and minutes for people: "9 h 30". */
export const hours = (minutes: number) =>
  `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${String(minutes % 60).padStart(2, '0')}` : ''}`;

export function summary(board: Board) {
  const covered = board.routes.filter((r) => r.driverId).length;
  const scheduled = board.drivers.filter((d) => d.shift);
  return {
    routes: board.routes.length,
    covered,
    uncovered: board.routes.length - covered,
    withoutVan: board.routes.filter((r) => r.driverId && !r.vanId).length,
    standbysFree: board.drivers.filter(
      (d) => d.shift?.kind === 'standby' && d.shift.status === 'scheduled' && !d.routeId,
    ).length,
    checkedIn: scheduled.filter((d) => d.shift?.checkedInAt).length,
    scheduled: scheduled.filter((d) => d.shift?.status === 'scheduled').length,
    calledOut: scheduled.filter((d) => d.shift?.status !== 'scheduled').length,
  };
}
