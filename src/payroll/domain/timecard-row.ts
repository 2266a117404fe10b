import { addDays } from '../../shared/days.js';
import type { DriverWeek } from './driver-week.js';
import type { CapFlag, PayCode, Premium, Violation } from './types.js';
import { workedMinutes } from './workday.js';

/** One DA-day of the timecards grid: the calculator's numbers and findings for that date. */
export interface TimecardDay {
  date: string;
  workedMinutes: number;
  minutes: Record<PayCode, number>;
  premiums: Premium[];
  violations: Violation[];
  flags: CapFlag[];
  /** Punches that do not pair up, in words. */
  problems: string[];
}

export interface TimecardTotals {
  workedMinutes: number;
  minutes: Record<PayCode, number>;
  mealPremiumHours: number;
  restPremiumHours: number;
}

const none = (): Record<PayCode, number> => ({ REG: 0, OT: 0, DT: 0 });

/** A DA's week as the grid shows it: seven days from `weekStart`, then the week's totals. */
export function timecardRow(
  weekStart: string,
  week: DriverWeek,
): { days: TimecardDay[]; totals: TimecardTotals } {
  const on = <T extends { date: string }>(xs: readonly T[], date: string) =>
    xs.filter((x) => x.date === date);
  const days = Array.from({ length: 7 }, (_, i): TimecardDay => {
    const date = addDays(weekStart, i);
    const minutes = none();
    for (const s of on(week.slices, date)) minutes[s.payCode] += s.end - s.start;
    const workday = week.days.find((d) => d.date === date);
    return {
      date,
      workedMinutes: workday ? workedMinutes(workday) : 0,
      minutes,
      premiums: on(week.premiums, date),
      violations: on(week.violations, date),
      flags: on(week.flags, date),
      problems: on(week.problems, date).map((p) => p.message),
    };
  });
  const premiumHours = (kind: Premium['kind']) =>
    week.premiums.filter((p) => p.kind === kind).reduce((sum, p) => sum + p.hours, 0);
  return {
    days,
    totals: {
      workedMinutes: days.reduce((sum, d) => sum + d.workedMinutes, 0),
      minutes: { ...week.minutes },
      mealPremiumHours: premiumHours('meal'),
      restPremiumHours: premiumHours('rest'),
    },
  };
}
