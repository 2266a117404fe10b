import { z } from 'zod';
import type { DayCaps } from './day-caps.js';

/**
 * An org's scheduling rules: the caps the week auto-scheduler never breaks and the checks a manual
 * shift is warned about. Defaults follow common DSP practice (5 days, 40 h, 10 h between shifts,
 * 12 h a day, 60 h in any 7 days).
 */
export const DispatchRules = z.strictObject({
  maxDaysPerWeek: z.number().int().min(1).max(7),
  maxWeekMinutes: z
    .number()
    .int()
    .min(60)
    .max(80 * 60),
  overtimeAllowed: z.boolean(),
  /** The hard ceiling when overtime is allowed. */
  maxWeekMinutesWithOvertime: z
    .number()
    .int()
    .min(60)
    .max(80 * 60),
  minRestMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  maxConsecutiveDays: z.number().int().min(1).max(14),
  /** Hard caps (day-caps.ts): the longest day a DA may work, and the most in any rolling 7 days. */
  maxDayMinutes: z
    .number()
    .int()
    .min(60, 'At least 1 hour.')
    .max(16 * 60, 'At most 16 hours.'),
  maxSevenDayMinutes: z
    .number()
    .int()
    .min(60, 'At least 1 hour.')
    .max(84 * 60, 'At most 84 hours.'),
  /** Probability the morning's DAs cover every route that standby planning aims for. */
  standbyCoverageTarget: z.number().min(0.5).max(0.999),
});
export type DispatchRules = z.infer<typeof DispatchRules>;

export const DEFAULT_RULES: DispatchRules = {
  maxDaysPerWeek: 5,
  maxWeekMinutes: 40 * 60,
  overtimeAllowed: false,
  maxWeekMinutesWithOvertime: 50 * 60,
  minRestMinutes: 10 * 60,
  maxConsecutiveDays: 6,
  maxDayMinutes: 12 * 60,
  maxSevenDayMinutes: 60 * 60,
  standbyCoverageTarget: 0.98,
};

/**
 * How long a route shift is planned: as long as the routes it runs (their mean planned minutes, to
 * the next 5), so the week's hours on the schedule are the hours DAs will work. None known: null.
 */
export function routeShiftMinutes(plannedMinutes: readonly number[]): number | null {
  if (plannedMinutes.length === 0) return null;
  const mean = plannedMinutes.reduce((m, x) => m + x, 0) / plannedMinutes.length;
  return Math.min(14 * 60, Math.max(60, Math.ceil(mean / 5) * 5));
}

/** The org's hard caps on a DA's day, as the builder, Find a DA and the board apply them. */
export const dayCaps = (r: DispatchRules): DayCaps => ({
  maxDayMinutes: r.maxDayMinutes,
  maxSevenDayMinutes: r.maxSevenDayMinutes,
  minRestMinutes: r.minRestMinutes,
});

/** The most minutes a DA may be scheduled in a week under the rules. */
export const weekMinutesCap = (r: DispatchRules): number =>
  r.overtimeAllowed ? Math.max(r.maxWeekMinutes, r.maxWeekMinutesWithOvertime) : r.maxWeekMinutes;

/**
 * The org's hard weekly ceiling: no DA goes past it, overtime approved or not. Below it, hours past
 * `maxWeekMinutes` are overtime that needs approval unless the org allows overtime in advance.
 */
export const hardWeekMinutes = (r: DispatchRules): number =>
  Math.max(r.maxWeekMinutes, r.maxWeekMinutesWithOvertime);
