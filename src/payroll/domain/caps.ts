import { addDays } from '../../shared/days.js';
import { duration } from './text.js';
import type { CapFlag, OrgCaps, TimeSlice } from './types.js';

/** Minutes worked on a date before the workweek, for the caps that look back 7 days. */
export interface PriorDay {
  date: string;
  minutes: number;
}

/**
 * The org's caps on one workweek, given the minutes worked per date (the 6 days before the week
 * included when known: a day missing there counts as none worked).
 */
export function checkCaps(
  caps: OrgCaps,
  workedByDate: ReadonlyMap<string, number>,
  weekDates: readonly string[],
  slices: readonly TimeSlice[],
  overtimeApproved: ReadonlySet<string>,
): CapFlag[] {
  const flags: CapFlag[] = [];
  const last7 = (date: string) =>
    Array.from({ length: 7 }, (_, i) => workedByDate.get(addDays(date, -i)) ?? 0);
  for (const date of weekDates) {
    const worked = workedByDate.get(date) ?? 0;
    if (worked === 0) continue;
    if (worked > caps.maxDayMinutes)
      flags.push({
        date,
        cap: 'day_hours',
        message: `${duration(worked)} worked; the org's cap is ${duration(caps.maxDayMinutes)} a day`,
      });
    const window = last7(date);
    const total = window.reduce((a, b) => a + b, 0);
    if (total > caps.maxRolling7DaysMinutes)
      flags.push({
        date,
        cap: 'rolling_7_days_hours',
        message: `${duration(total)} worked in the 7 days to ${date}; the org's cap is ${duration(caps.maxRolling7DaysMinutes)}`,
      });
    const days = window.filter((m) => m > 0).length;
    if (days > caps.maxDaysIn7)
      flags.push({
        date,
        cap: 'days_in_7',
        message: `${days} days worked in the 7 days to ${date}; the org's cap is ${caps.maxDaysIn7}`,
      });
    const overtime = slices
      .filter((s) => s.date === date && s.payCode !== 'REG')
      .reduce((sum, s) => sum + s.end - s.start, 0);
    if (caps.overtimeNeedsApproval && overtime > 0 && !overtimeApproved.has(date))
      flags.push({
        date,
        cap: 'unapproved_overtime',
        message: `${duration(overtime)} of overtime without approval`,
      });
  }
  return flags;
}
