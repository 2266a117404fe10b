import type { AvailabilityException, AvailabilityPattern, TimeOff } from '../dispatch/domain/availability.js';
import type { ShiftKind } from '../dispatch/domain/shift-checks.js';
import type { Van } from '../fleet/store.js';
import type { Driver } from '../people/store.js';
import type { VanType } from '../shared/vans.js';

/**
 * The shape of the demo's dispatch plan for one station (schedule-station.ts makes it), made before
 * anything happens on it: each DA's weekly availability, time off and dated exceptions; each day's
 * routes; and the shifts that cover them (a route shift per route, standbys, a few training shifts),
 * from twelve weeks back to the end of next week. Attendance, the rosters, day closes and inspections
 * are then drawn on this plan, so the demo tells one story. Pure apart from its random stream.
 */

export interface PlanStation {
  id: string;
  code: string;
  time_zone: string;
}

export interface DemoTimeOff extends TimeOff {
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface PlannedRoute {
  code: string;
  waveTime: string;
  stagingLocation: string;
  serviceType: string;
  plannedMinutes: number;
  stops: number;
  packages: number;
  vanType: VanType;
}

export interface PlannedShift {
  driverId: string;
  date: string;
  kind: ShiftKind;
  startTime: string;
  minutes: number;
  /** The day's route (index in its routes) the DA was planned to drive, for route shifts. */
  route: number | null;
  /** auto: the week's schedule; dispatch: called in on the day. */
  source: 'auto' | 'dispatch';
  note: string | null;
}

export interface DaPlan {
  driver: Driver;
  pattern: AvailabilityPattern;
  patternNote: string | null;
  exceptions: AvailabilityException[];
  timeOff: DemoTimeOff[];
  usualVanId: string | null;
  /** Every shift the DA has in the plan, by date. */
  shifts: Map<string, PlannedShift>;
}

export interface DayPlan {
  date: string;
  routes: PlannedRoute[];
  shifts: PlannedShift[];
  standbysWanted: number;
}

export interface StationPlan {
  station: PlanStation;
  today: string;
  first: string;
  last: string;
  waves: string[];
  das: DaPlan[];
  vans: Van[];
  days: DayPlan[];
}

export interface PlanInput {
  station: PlanStation;
  /** The station's DAs (any status) and vans still in the fleet. */
  drivers: Driver[];
  vans: Van[];
  /** DAs with a demo login: on a route today, so their phone shows one. */
  loginDriverIds: ReadonlySet<string>;
}

export interface Candidate {
  da: DaPlan;
  types: VanType[];
}
