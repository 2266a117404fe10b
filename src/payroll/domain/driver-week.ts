import { addDays } from '../../shared/days.js';
import { mergeByDate } from './merge-days.js';
import type { OrgCaps, RuleSet, Workday, WorkweekResult } from './types.js';
import { type Punch, type PunchProblem, workdaysFromPunches, workedMinutes } from './workday.js';
import { computeWorkweek } from './workweek.js';

export interface DriverWeekInput {
  weekStart: string;
  /** The DA's punches that count, from 6 days before the week (for the rolling caps) to its end. */
  punches: readonly Punch[];
  timeZone: string;
  rules: RuleSet;
  caps: OrgCaps;
  /** Dates whose overtime was approved ahead (the roster's decision). */
  overtimeApproved?: readonly string[];
}

export interface DriverWeek extends WorkweekResult {
  /** The week's workdays (two stretches of one date merged into one). */
  days: Workday[];
  /** Punches of the week that do not pair up. */
  problems: PunchProblem[];
}

/**
 * One DA's workweek from stored punches, as the exceptions queue and the timecards grid both read
 * it: paired into workdays in the station's zone, the days before the week feeding the rolling caps.
 */
export function driverWeek(input: DriverWeekInput): DriverWeek {
  const { weekStart } = input;
  const weekEnd = addDays(weekStart, 6);
  const paired = workdaysFromPunches(input.punches, input.timeZone);
  const all = mergeByDate(paired.days);
  const days = all.filter((d) => d.date >= weekStart && d.date <= weekEnd);
  const result = computeWorkweek({
    weekStart,
    days,
    rules: input.rules,
    caps: input.caps,
    overtimeApproved: input.overtimeApproved ?? [],
    priorDays: all
      .filter((d) => d.date < weekStart)
      .map((d) => ({ date: d.date, minutes: workedMinutes(d) })),
  });
  const problems = paired.problems.filter((p) => p.date >= weekStart && p.date <= weekEnd);
  return { ...result, days, problems };
}
