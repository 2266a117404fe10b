import type { Flag } from './tenancy.js';

// The payroll slice's tables, assembled into `Database` by src/db/schema.ts.

export type PunchKind = 'in' | 'meal_start' | 'meal_end' | 'rest_start' | 'rest_end' | 'out';
export type PunchSource = 'phone' | 'import' | 'manager';

/**
 * One punch of a DA. A manager's correction is a new row naming the punch it corrects (`corrects_id`)
 * with a reason: the original is kept as it was, and only a punch no other row corrects counts.
 */
export interface PunchesTable {
  org_id: string;
  id: string;
  station_id: string;
  /** Null for an imported punch whose employee number no DA is linked to yet (kept, listed to link). */
  driver_id: string | null;
  /** The payroll provider's employee number, on imported punches. */
  employee_number: string | null;
  kind: PunchKind;
  /** UTC instant. */
  at: string;
  /** The business date (station's zone) of the workday the punch belongs to: its punch in's date. */
  workday: string;
  source: PunchSource;
  /** The phone's own id for the punch: a punch sent twice after a dropped connection is stored once. */
  client_id: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Phone punches: 1 when taken outside the station's radius (kept, never refused); null when unknown. */
  outside_radius: Flag | null;
  import_id: string | null;
  corrects_id: string | null;
  reason: string | null;
  created_by: string;
  created_at: string;
}

/**
 * A payroll provider's employee number (ADP's Position ID or File #, Paycom's or Gusto's employee id)
 * and the DA it belongs to, remembered from the first import that matched it (or a manager's link);
 * null while nobody is linked.
 */
export interface PayrollEmployeeNumbersTable {
  org_id: string;
  employee_number: string;
  driver_id: string | null;
  /** The name as the provider's file gives it, to link by. */
  name: string;
  updated_at: string;
}

/** Where a station is, for the phone time clock's radius check (an org setting per station). */
export interface PayrollStationSettingsTable {
  org_id: string;
  station_id: string;
  latitude: number;
  longitude: number;
  radius_meters: number;
  updated_by: string;
  updated_at: string;
}

export type PayrollExceptionStatus = 'open' | 'resolved';
export type PayrollResolution = 'corrected' | 'waiver' | 'premium' | 'overtime_approved' | 'answered';

/** One exception of a DA's workday, one per kind; rebuilt whenever the day's punches change. */
export interface PayrollExceptionsTable {
  org_id: string;
  id: string;
  station_id: string;
  driver_id: string;
  workday: string;
  kind: string;
  message: string;
  /** JSON: the facts that raised it; a rebuild that finds other facts opens it again. */
  evidence: string;
  status: PayrollExceptionStatus;
  resolution: PayrollResolution | null;
  resolution_reason: string | null;
  /** The manager's correcting punch, when resolved by correcting the punch. */
  correction_id: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  created_at: string;
  updated_at: string;
}

/** Premium hours owed to a DA (a meal or rest premium), a ledger line until paid. */
export interface PayrollPremiumsTable {
  org_id: string;
  id: string;
  station_id: string;
  driver_id: string;
  workday: string;
  kind: 'meal' | 'rest';
  hours: number;
  exception_id: string;
  reason: string;
  paid_at: string | null;
  /** The pay period whose close paid it. */
  paid_period_id: string | null;
  created_by: string;
  created_at: string;
}

/** The org's payroll settings, JSON (`PayrollSettings`): frequency, first period, pay codes per provider. */
export interface PayrollSettingsTable {
  org_id: string;
  settings: string;
  updated_by: string;
  updated_at: string;
}

/**
 * A pay period once closed (open ones are derived from the settings). Reopened, the row stays with
 * who reopened it and why, and its frozen totals are dropped until it closes again.
 */
export interface PayPeriodsTable {
  org_id: string;
  id: string;
  start_date: string;
  end_date: string;
  frequency: 'weekly' | 'biweekly';
  status: 'closed' | 'reopened';
  /** Exceptions still open when it closed: more than 0 only when an owner closed over them. */
  open_exceptions: number;
  override_reason: string | null;
  closed_by: string;
  closed_at: string;
  reopened_by: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

/** A DA's total of one pay code (REG, OT, DT, MEAL, REST) in a closed period, as exported. */
export interface PayPeriodTotalsTable {
  org_id: string;
  period_id: string;
  driver_id: string;
  /** The DA's home station then, for station-limited readers. */
  station_id: string;
  employee_number: string | null;
  first_name: string;
  last_name: string;
  pay_code: string;
  minutes: number;
  /** Null when the DA had no hourly rate on file. */
  cents: number | null;
}

/** A payroll file made from a closed period, kept byte for byte to download again. */
export interface PayPeriodExportsTable {
  org_id: string;
  id: string;
  period_id: string;
  provider: string;
  file_name: string;
  content: string;
  sha256: string;
  bytes: number;
  created_by: string;
  created_at: string;
}

/**
 * Overtime a DA may work on a date, approved ahead of it: the roster's overtime decision (who approved
 * it, the route and the minutes it was shown), one per DA and date. Payroll's "unapproved overtime"
 * check reads it as the approval.
 */
export interface OvertimeApprovalsTable {
  org_id: string;
  id: string;
  station_id: string;
  driver_id: string;
  business_date: string;
  route_code: string | null;
  /** The overtime minutes the approver was shown. */
  minutes: number;
  /** What was approved, in the approver's words or the decision's text. */
  note: string;
  approved_by: string;
  approved_at: string;
}
