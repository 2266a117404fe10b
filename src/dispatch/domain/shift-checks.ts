import type { DayAvailability } from './availability.js';
import { addDays, hoursText, minutesOfDay, shortDay } from './calendar.js';
import type { DispatchRules } from './rules.js';

/**
 * A ride-along (On-Road Experience) is a new DA's day beside a trainer on a route: not training (Amazon
 * pays it on its own line), and not driving.
 */
export const SHIFT_KINDS = ['route', 'standby', 'training', 'ride-along', 'rescue', 'office'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

/** Shift kinds that put the DA behind the wheel, so they need to be cleared to drive. */
export const DRIVING_KINDS: readonly ShiftKind[] = ['route', 'standby', 'rescue'];

export interface PlannedShift {
  date: string;
  kind: ShiftKind;
  startTime: string;
  minutes: number;
}

export interface ShiftCheckInput {
  shift: PlannedShift;
  /** The DA's other shifts (not called out) from a week before to a week after. */
  others: readonly PlannedShift[];
  availability: DayAvailability;
  /** Whether the DA is cleared to drive on the shift's date, and why not. */
  clearance: { cleared: boolean; reasons: string[] };
  /** The DA's status: training, ride-along and office shifts are also open to DAs still onboarding. */
  driverStatus: string;
  /** The week (Sunday start) holding the shift. */
  weekStart: string;
  rules: DispatchRules;
}

export interface ShiftCheck {
  /** The shift cannot be saved. */
  errors: string[];
  /** The shift can be saved, but breaks a rule the auto-scheduler keeps; shown to the manager. */
  warnings: string[];
}

const endOf = (s: PlannedShift) => minutesOfDay(s.startTime) + s.minutes;

/** Minutes between the end of `before` (the previous day) and the start of `after`. */
const restBetween = (before: PlannedShift, after: PlannedShift) =>
  1440 + minutesOfDay(after.startTime) - endOf(before);

function consecutiveRun(date: string, workedDates: Set<string>): number {
  let run = 1;
  for (let d = addDays(date, -1); workedDates.has(d); d = addDays(d, -1)) run++;
  for (let d = addDays(date, 1); workedDates.has(d); d = addDays(d, 1)) run++;
  return run;
}

function ruleWarnings(input: ShiftCheckInput): string[] {
  const { shift, others, rules, weekStart } = input;
  const warnings: string[] = [];
  const weekEnd = addDays(weekStart, 6);
  const week = others.filter((s) => s.date >= weekStart && s.date <= weekEnd && s.date !== shift.date);
  if (week.length + 1 > rules.maxDaysPerWeek) {
    warnings.push(`${week.length + 1} days this week, over the ${rules.maxDaysPerWeek}-day cap.`);
  }
  const minutes = week.reduce((sum, s) => sum + s.minutes, shift.minutes);
  const cap = rules.overtimeAllowed ? rules.maxWeekMinutesWithOvertime : rules.maxWeekMinutes;
  if (minutes > cap) warnings.push(`${hoursText(minutes)} this week, over the ${hoursText(cap)} cap.`);
  else if (minutes > rules.maxWeekMinutes)
    warnings.push(`${hoursText(minutes - rules.maxWeekMinutes)} of overtime this week.`);
  const before = others.find((s) => s.date === addDays(shift.date, -1));
  const after = others.find((s) => s.date === addDays(shift.date, 1));
  for (const [a, b] of [
    [before, shift],
    [shift, after],
  ] as const) {
    if (a && b && restBetween(a, b) < rules.minRestMinutes) {
      warnings.push(
        `Only ${hoursText(Math.max(0, restBetween(a, b)))} of rest between ${shortDay(a.date)} and ${shortDay(b.date)} (${hoursText(rules.minRestMinutes)} needed).`,
      );
    }
  }
  const run = consecutiveRun(shift.date, new Set(others.map((s) => s.date)));
  if (run > rules.maxConsecutiveDays)
    warnings.push(`${run} days in a row, over the ${rules.maxConsecutiveDays}-day limit.`);
  return warnings;
}

/**
 * Checks one shift a manager puts on the schedule. Refused: approved time off, and a driving shift
 * for a DA who is not cleared that day (a training or office shift is fine while onboarding). Warned:
 * the caps the auto-scheduler keeps (days, hours, rest, days in a row) and availability the DA gave.
 */
export function checkShift(input: ShiftCheckInput): ShiftCheck {
  const { shift, availability, clearance } = input;
  const errors: string[] = [];
  const warnings: string[] = [];
  const day = shortDay(shift.date);
  if (availability.cause === 'time_off') errors.push(`${day}: ${availability.reason}.`);
  else if (!availability.available) warnings.push(`${day}: ${availability.reason}.`);
  if (availability.timeOffPending) warnings.push(`${day}: a time-off request is waiting for a decision.`);
  if (DRIVING_KINDS.includes(shift.kind)) {
    if (!clearance.cleared) errors.push(`Not cleared to drive on ${day}: ${clearance.reasons.join(' ')}`);
  } else if (!['active', 'onboarding'].includes(input.driverStatus)) {
    errors.push(`The DA is ${input.driverStatus}.`);
  }
  return { errors, warnings: [...warnings, ...ruleWarnings(input)] };
}
