import type { PlannedShift, WeekInput } from './input.js';
import { daWeek, shiftsByDa } from './shifts.js';

/**
 * The cost of a week plan, lowest best. One weighted sum whose weights are far enough apart to act
 * in priority order (docs/week-schedule.md shows the arithmetic): cover the routes, then the
 * standbys, then avoid overtime, then share days fairly, then honour preferred days, then keep last
 * week's days. Integers throughout, so the MILP and this evaluation agree exactly.
 */
export const WEIGHTS = {
  /** Per route shift of the day's demand left without a DA. */
  routeShort: 3_000_000,
  /** Per standby of the day's demand left without a DA. */
  standbyShort: 1_000_000,
  /** Per minute above the week's overtime threshold (only possible when overtime is allowed). */
  overtimeMinute: 1_000,
  /** The k-th day a DA is short of the days they asked for costs k × this: shortfall is spread evenly. */
  shortDay: 100,
  /** The k-th day beyond what a DA asked for costs k × this. */
  extraDay: 20,
  /** Per day worked outside the DA's preferred days (DAs with no preference have none). */
  offPreferredDay: 3,
  /** Per weekday worked this week but not last week, or the other way round. */
  continuityDay: 1,
} as const;

/**
 * The fairness cost of a DA working `days` days having asked for `wants`: convex, so two DAs one day
 * short each cost less (200) than one DA two days short (300).
 */
export function dayCountCost(wants: number, days: number): number {
  const short = Math.max(0, wants - days);
  const extra = Math.max(0, days - wants);
  return (WEIGHTS.shortDay * short * (short + 1)) / 2 + (WEIGHTS.extraDay * extra * (extra + 1)) / 2;
}

export interface ObjectiveBreakdown {
  routesShort: number;
  standbysShort: number;
  overtimeMinutes: number;
  /** Days short of what DAs asked for, summed over DAs. */
  daysShort: number;
  /** Days beyond what DAs asked for, summed over DAs. */
  daysExtra: number;
  /** The convex cost of both (see `dayCountCost`). */
  fairnessCost: number;
  offPreferredDays: number;
  continuityChanges: number;
  total: number;
}

/** Evaluates any plan (ours, HiGHS's, a manager's) with the scheduler's weights. */
export function evaluatePlan(input: WeekInput, plan: readonly PlannedShift[]): ObjectiveBreakdown {
  let routesShort = 0;
  let standbysShort = 0;
  for (const day of input.days) {
    const onDay = plan.filter((s) => s.date === day.date);
    routesShort += Math.max(0, day.routes - onDay.filter((s) => s.kind === 'route').length);
    standbysShort += Math.max(0, day.standbys - onDay.filter((s) => s.kind === 'standby').length);
  }
  const byDa = shiftsByDa(input, plan);
  let overtimeMinutes = 0;
  let daysShort = 0;
  let daysExtra = 0;
  let fairnessCost = 0;
  let offPreferredDays = 0;
  let continuityChanges = 0;
  for (const da of input.das) {
    const w = daWeek(input, da);
    const shifts = byDa.get(da.id) ?? input.days.map(() => undefined);
    const days = shifts.filter(Boolean).length;
    const minutes = shifts.reduce((sum, s) => sum + (s?.minutes ?? 0), 0);
    overtimeMinutes += Math.max(0, minutes - input.rules.maxWeekMinutes);
    daysShort += Math.max(0, da.wantsDays - days);
    daysExtra += Math.max(0, days - da.wantsDays);
    fairnessCost += dayCountCost(da.wantsDays, days);
    shifts.forEach((s, i) => {
      if (s && !w.preferred[i]) offPreferredDays++;
      if (Boolean(s) !== w.workedLastWeek[i]) continuityChanges++;
    });
  }
  const total =
    WEIGHTS.routeShort * routesShort +
    WEIGHTS.standbyShort * standbysShort +
    WEIGHTS.overtimeMinute * overtimeMinutes +
    fairnessCost +
    WEIGHTS.offPreferredDay * offPreferredDays +
    WEIGHTS.continuityDay * continuityChanges;
  return {
    routesShort,
    standbysShort,
    overtimeMinutes,
    daysShort,
    daysExtra,
    fairnessCost,
    offPreferredDays,
    continuityChanges,
    total,
  };
}
