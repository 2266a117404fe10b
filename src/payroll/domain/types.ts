import type { US_STATES } from '../../tenancy/domain/station.js';

/** A two-letter US state (or DC, PR). */
export type StateCode = (typeof US_STATES)[number];

/**
 * The payroll model. Time inside a workday is integer minutes from the local midnight of the
 * workday's date (in the station's time zone), so a shift past midnight runs past 1440 and stays one
 * workday. Worked minutes are counted from the first punch in.
 */

export type PayCode = 'REG' | 'OT' | 'DT';

/** A stretch of a workday, in minutes from its local midnight; `end` is after `start`. */
export interface Interval {
  start: number;
  end: number;
}

export interface Workday {
  /** The business date (YYYY-MM-DD) the workday began on, in the station's time zone. */
  date: string;
  /** Paid time in order, never overlapping; a gap between two intervals is an unpaid meal. */
  work: Interval[];
  /** Paid rest breaks punched inside `work`; absent when the day's punches do not record rests. */
  rests?: Interval[];
}

// Rules as data. Every rule names its law; thresholds are worked minutes of the workday (or week).

interface RuleBase {
  /** Stable id, e.g. "ca-first-meal": what a violation, slice or premium names. */
  id: string;
  /** The law that makes the rule, as a person would look it up: "CA Labor Code §512". */
  citation: string;
  /** First business date the rule is in force; absent: in force before any date we compute. */
  from?: string;
  /** Last business date the rule is in force; absent: still in force. */
  to?: string;
  /** What our source did not settle (an interpretation, a missing number), said plainly. */
  note?: string;
}

/** Minutes worked in the workday past `afterMinutes` are paid `multiplier` × under `payCode`. */
export interface DailyOvertimeRule extends RuleBase {
  type: 'daily_overtime' | 'double_time';
  afterMinutes: number;
  multiplier: number;
  payCode: 'OT' | 'DT';
  /** Nevada: only for employees paid under this multiple of the state minimum wage. */
  onlyUnderMinimumWageMultiple?: number;
}

/** Regular minutes of the workweek past `afterMinutes` (daily OT not counted again) become OT. */
export interface WeeklyOvertimeRule extends RuleBase {
  type: 'weekly_overtime';
  afterMinutes: number;
  multiplier: number;
  payCode: 'OT';
}

/** Work on the 7th consecutive day of a workweek: OT up to `doubleTimeAfterMinutes`, DT after. */
export interface SeventhDayRule extends RuleBase {
  type: 'seventh_day';
  multiplier: number;
  payCode: 'OT';
  doubleTimeAfterMinutes: number;
  doubleTimeMultiplier: number;
}

/**
 * A meal owed when the day's worked minutes pass `owedOverMinutes` (or reach it, `inclusive`), up to
 * `owedUpToMinutes`; it lasts `minutes` and starts within [`startNoEarlierThan`, `startNoLaterThan`]
 * worked minutes, or inside a wall-clock `window` (New York) when the day spans that window.
 */
export interface MealRule extends RuleBase {
  type: 'meal' | 'second_meal';
  minutes: number;
  owedOverMinutes: number;
  inclusive?: boolean;
  owedUpToMinutes?: number;
  startNoEarlierThan?: number;
  startNoLaterThan?: number;
  window?: { from: string; to: string };
  /** Owed only on shifts starting inside this wall-clock range (may wrap past midnight). */
  shiftStartsBetween?: { from: string; to: string };
  /** Owed only on shifts that start before this time and run past `window.to`. */
  shiftStartsBefore?: string;
  /** Premium hours owed for a violation (California: 1, at most one a day); 0: none. */
  premiumHours: number;
  premiumCitation?: string;
}

/** Paid rest breaks of `minutes`, one per `perMinutes` worked (or major fraction of it). */
export interface RestRule extends RuleBase {
  type: 'rest';
  minutes: number;
  perMinutes: number;
  majorFraction: boolean;
  noneUnderMinutes: number;
  /** The first rest must start by this many worked minutes. */
  firstByMinutes?: number;
  premiumHours: number;
  premiumCitation?: string;
}

/** A meal waiver on file holds only on days up to `maxDayMinutes` (and, for the second, with the first taken). */
export interface WaiverLimitRule extends RuleBase {
  type: 'waiver_limit';
  meal: 'first' | 'second';
  maxDayMinutes: number;
  requiresFirstMealTaken: boolean;
}

/** A day of rest: at least `minutes` consecutive hours off in the workweek (Illinois). */
export interface DayOfRestRule extends RuleBase {
  type: 'day_of_rest';
  minutes: number;
}

export type Rule =
  | DailyOvertimeRule
  | WeeklyOvertimeRule
  | SeventhDayRule
  | MealRule
  | RestRule
  | WaiverLimitRule
  | DayOfRestRule;

export type RuleType = Rule['type'];

/** How a flat (non-production) bonus enters the overtime regular rate. */
export type FlatBonusMethod = 'federal' | 'california';

export interface RuleSet {
  /** "CA", or "US" for federal only. */
  jurisdiction: StateCode | 'US';
  name: string;
  flatBonusMethod: FlatBonusMethod;
  rules: Rule[];
}

/** The org's own caps: flags for managers, not law. Defaults in `DEFAULT_ORG_CAPS`. */
export interface OrgCaps {
  maxDayMinutes: number;
  maxRolling7DaysMinutes: number;
  maxDaysIn7: number;
  overtimeNeedsApproval: boolean;
}

// Results.

export interface TimeSlice extends Interval {
  date: string;
  payCode: PayCode;
  /** The rule that made this time OT or DT; absent for regular time. */
  rule?: string;
}

export interface Premium {
  date: string;
  kind: 'meal' | 'rest';
  hours: number;
  rule: string;
  citation: string;
}

/**
 * A text's catalogue code and values (src/app/messages), beside its English, so a DA's page can say it
 * in their language; a value may itself be such a text.
 */
export interface Wording {
  code: string;
  args?: Record<string, string | number | Wording>;
}

export interface Violation {
  date: string;
  rule: string;
  citation: string;
  message: string;
  said?: Wording;
}

export type CapKind = 'day_hours' | 'rolling_7_days_hours' | 'days_in_7' | 'unapproved_overtime';

/** An org cap crossed: its own kind, beside the law's violations. */
export interface CapFlag {
  date: string;
  cap: CapKind;
  message: string;
}

export interface WorkweekResult {
  slices: TimeSlice[];
  premiums: Premium[];
  violations: Violation[];
  flags: CapFlag[];
  /** Minutes by pay code; REG + OT + DT = the week's worked minutes. */
  minutes: Record<PayCode, number>;
}
