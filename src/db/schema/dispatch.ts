import type { Flag } from './tenancy.js';

// The dispatch slice's tables, assembled into `Database` by src/db/schema.ts.

/** An org's scheduling rules (JSON of DispatchRules); no row means the defaults. */
export interface DispatchSettingsTable {
  org_id: string;
  rules: string;
  updated_by: string;
  updated_at: string;
}

export type ShiftKind = 'route' | 'standby' | 'training' | 'ride-along' | 'rescue' | 'office';
export type ShiftStatus = 'scheduled' | 'called_out' | 'no_show';

/** One DA's work on one business date at one station (at most one a day). */
export interface ShiftsTable {
  org_id: string;
  id: string;
  station_id: string;
  driver_id: string;
  business_date: string;
  kind: ShiftKind;
  /** Local time HH:MM at the station. */
  start_time: string;
  minutes: number;
  status: ShiftStatus;
  /** manual, auto (the week auto-scheduler) or import. */
  source: string;
  note: string | null;
  /** Set when the week holding the shift was published (the DA sees it from then on). */
  published_at: string | null;
  confirmed_at: string | null;
  checked_in_at: string | null;
  /** The callout or no-show logged in attendance for this shift. */
  attendance_event_id: string | null;
  created_at: string;
  updated_at: string;
}

/** A DA's recurring weekly availability; no row means every day, five days wanted. */
export interface DriverAvailabilityTable {
  org_id: string;
  driver_id: string;
  /** JSON array of 7 booleans, Sunday first: the days the DA can work. */
  weekdays: string;
  /** JSON array of 7 booleans, Sunday first: the days the DA would rather work. */
  preferred_weekdays: string;
  /** Days per week the DA asks for (5 full time). */
  wants_days: number;
  note: string | null;
  updated_by: string;
  updated_at: string;
}

/** A dated change to the weekly pattern: "can't on the 12th", "can on Sunday the 20th". */
export interface AvailabilityExceptionsTable {
  org_id: string;
  id: string;
  driver_id: string;
  business_date: string;
  available: Flag;
  note: string | null;
  created_by: string;
  created_at: string;
}

export type TimeOffStatus = 'pending' | 'approved' | 'denied' | 'cancelled';

export interface TimeOffRequestsTable {
  org_id: string;
  id: string;
  driver_id: string;
  first_date: string;
  last_date: string;
  reason: string | null;
  status: TimeOffStatus;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
}

/** A station's week (Sunday start, Amazon's week): the demand to schedule for, and when it was published. */
export interface WeekPlansTable {
  org_id: string;
  station_id: string;
  /** The Sunday the week starts on. */
  week_start: string;
  /** JSON {days: [{routes, standbys}] ×7, routeMinutes, standbyMinutes, startTime}. */
  demand: string;
  published_at: string | null;
  published_by: string | null;
  updated_by: string;
  updated_at: string;
}

/** A station's day: a version every board change bumps (so boards refresh), and the roster's publishing. */
export interface DispatchDaysTable {
  org_id: string;
  station_id: string;
  business_date: string;
  version: number;
  roster_published_at: string | null;
  roster_published_by: string | null;
  updated_at: string;
}

/** A route of a station's day, with its roster assignment (DA and van) and, once closed, what happened. */
export interface RoutesTable {
  org_id: string;
  id: string;
  station_id: string;
  business_date: string;
  code: string;
  /** Local dispatch time HH:MM of the route's wave. */
  wave_time: string;
  staging_location: string | null;
  service_type: string | null;
  planned_minutes: number;
  stops: number | null;
  packages: number | null;
  van_type: string;
  driver_id: string | null;
  van_id: string | null;
  /** Kept as it is when the roster is rebuilt. */
  pinned: Flag;
  /** JSON array of short reasons the assignment was made (or why the route is uncovered). */
  assignment_why: string;
  assigned_by: string | null;
  assigned_at: string | null;
  /** Bumped on every change; an edit made against an older version is refused. */
  version: number;
  actual_start: string | null;
  actual_end: string | null;
  stops_completed: number | null;
  packages_delivered: number | null;
  packages_returned: number | null;
  closed_by: string | null;
  closed_at: string | null;
  /** manual or import. */
  source: string;
  created_at: string;
  updated_at: string;
}

/** A DA (the rescuer) taking stops and packages off another DA's route. */
export interface RescuesTable {
  org_id: string;
  id: string;
  station_id: string;
  business_date: string;
  route_id: string;
  rescuer_driver_id: string;
  stops: number;
  packages: number;
  started_at: string;
  ended_at: string | null;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

/** Amazon cancelled a route after we staffed it (issue 16 item 4): its DA keeps the route and the day's pay. */
export interface RouteLateCancelsTable {
  org_id: string;
  id: string;
  route_id: string;
  station_id: string;
  business_date: string;
  /** When Amazon cancelled it (UTC instant). */
  cancelled_at: string;
  note: string | null;
  recorded_by: string;
  created_at: string;
}

/** An unplanned delay Amazon caused (a late truck) on some of a day's routes, logged on the board. */
export interface UnplannedDelaysTable {
  org_id: string;
  id: string;
  station_id: string;
  business_date: string;
  minutes: number;
  /** JSON array of the route ids delayed. */
  route_ids: string;
  note: string | null;
  recorded_by: string;
  created_at: string;
}
