import { addDays, daysBetween } from '../../shared/days.js';
import { checkBreaks, checkDayOfRest, type MealWaivers } from './breaks.js';
import { checkCaps, type PriorDay } from './caps.js';
import { sliceWorkweek, type Wage } from './overtime.js';
import { DEFAULT_ORG_CAPS } from './rule-sets.js';
import type { OrgCaps, PayCode, Premium, RuleSet, Violation, Workday, WorkweekResult } from './types.js';
import { type Punch, type PunchProblem, workdaysFromPunches, workedMinutes } from './workday.js';

export interface WorkweekInput {
  /** The first day of the workweek (the org's day; Sunday by default). */
  weekStart: string;
  /** The workdays of this workweek, each dated inside it. */
  days: Workday[];
  /** The rules in force for the station's state (`ruleSetFor`). */
  rules: RuleSet;
  caps?: OrgCaps;
  mealWaivers?: MealWaivers;
  /** Dates whose overtime a manager approved. */
  overtimeApproved?: readonly string[];
  /** Minutes worked in the 6 days before the week, for the rolling caps. */
  priorDays?: readonly PriorDay[];
  wage?: Wage;
}

/**
 * A day outside the week, out of order or with overlapping time is a caller's mistake, not data.
 * Days are not compared with each other by minutes: across a daylight-saving change a day's local
 * midnight is not 1440 minutes after the one before.
 */
function assertWellFormed(weekStart: string, days: readonly Workday[]) {
  let previousDate = '';
  for (const day of days) {
    const index = daysBetween(weekStart, day.date);
    if (index < 0 || index > 6) throw new Error(`${day.date} is not in the workweek of ${weekStart}.`);
    if (day.date <= previousDate) throw new Error(`Workdays must be in date order, one each: ${day.date}.`);
    day.work.forEach((i, k) => {
      const after = day.work[k - 1]?.end ?? Number.NEGATIVE_INFINITY;
      if (!(Number.isInteger(i.start) && Number.isInteger(i.end) && i.end > i.start && i.start >= after))
        throw new Error(`Work on ${day.date} must be whole minutes, in order, not overlapping.`);
    });
    previousDate = day.date;
  }
}

/**
 * One workweek's work → time slices (REG/OT/DT), premium hours and violations, each naming its
 * rule and citation, and the org's cap flags beside them. Order: daily bands (daily OT, double time,
 * or the 7th consecutive day), then weekly OT over regular time only; then meals and rests per day.
 */
export function computeWorkweek(input: WorkweekInput): WorkweekResult {
  const { weekStart, rules } = input;
  const days = input.days.filter((d) => d.work.length > 0);
  assertWellFormed(weekStart, days);
  const slices = sliceWorkweek(weekStart, days, rules, input.wage);
  const premiums: Premium[] = [];
  const violations: Violation[] = [];
  for (const day of days) {
    const found = checkBreaks(rules, day, input.mealWaivers);
    violations.push(...found.violations);
    premiums.push(...found.premiums);
  }
  for (const rule of rules.rules)
    if (rule.type === 'day_of_rest') {
      const violation = checkDayOfRest(rule, weekStart, days);
      if (violation) violations.push(violation);
    }
  const workedByDate = new Map<string, number>((input.priorDays ?? []).map((p) => [p.date, p.minutes]));
  for (const day of days) workedByDate.set(day.date, workedMinutes(day));
  const weekDates = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const flags = checkCaps(
    input.caps ?? DEFAULT_ORG_CAPS,
    workedByDate,
    weekDates,
    slices,
    new Set(input.overtimeApproved ?? []),
  );
  const minutes: Record<PayCode, number> = { REG: 0, OT: 0, DT: 0 };
  for (const s of slices) minutes[s.payCode] += s.end - s.start;
  return { slices, premiums, violations, flags, minutes };
}

/**
 * The same from a DA's punches in the station's time zone: the punches are paired into workdays
 * first (a workday dated outside the week is left to its own week), and what does not pair is
 * returned as problems beside the result.
 */
export function computeWorkweekFromPunches(
  input: Omit<WorkweekInput, 'days'> & { punches: readonly Punch[]; timeZone: string },
): WorkweekResult & { problems: PunchProblem[] } {
  const paired = workdaysFromPunches(input.punches, input.timeZone);
  const inWeek = (date: string) =>
    daysBetween(input.weekStart, date) >= 0 && daysBetween(input.weekStart, date) <= 6;
  return {
    ...computeWorkweek({ ...input, days: paired.days.filter((d) => inWeek(d.date)) }),
    problems: paired.problems.filter((p) => inWeek(p.date)),
  };
}
