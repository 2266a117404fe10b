import { z } from 'zod';

/**
 * What the weekly auto-scheduler is given: one station's Amazon week (Sunday to Saturday), the work
 * each day needs, the DAs with whether they can work each day, and the org's caps. Plain data: the
 * caller has already folded recurring availability, dated exceptions, approved time off and
 * cleared-to-drive into one `unavailable` entry per day a DA cannot work.
 */

/** Sunday first, as Amazon's weeks run. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Shift kinds of a DA's day (one list for the slice). Only route and standby are assigned against demand; the others come pinned. */
import { SHIFT_KINDS, type ShiftKind } from '../shift-checks.js';

export { SHIFT_KINDS, type ShiftKind };
export const DEMAND_KINDS = ['route', 'standby'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];

/** Calendar arithmetic on business dates, shared with the rest of the slice. */
import { addDays, weekday as weekdayIndex } from '../calendar.js';

export { addDays, weekdayIndex };

const businessDate = z.iso.date();
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');
/**
 * A wall-clock time in the station's zone, e.g. `2026-12-05T20:40`; the scheduler does no zone arithmetic.
 */
const localDateTime = z.iso.datetime({ local: true });
/**
 * 16 h: longer is a typing error, and it keeps the objective's lexicographic weights sound (docs/week-
 * schedule.md).
 */
const shiftMinutes = z
  .number()
  .int()
  .min(1)
  .max(16 * 60);
const count = z.number().int().min(0).max(10_000);

/**
 * The org's caps. Field names match the dispatch rules an org keeps, so those can be passed as they
 * are (extra fields are dropped).
 */
export const WeekRulesSchema = z
  .object({
    maxDaysPerWeek: z.number().int().min(1).max(7),
    /** Minutes in the week before overtime (federal rule: 40 h = 2400). */
    maxWeekMinutes: z
      .number()
      .int()
      .min(60)
      .max(7 * 1440),
    /**
     * When true, minutes above `maxWeekMinutes` cost overtime up to the hard `maxWeekMinutesWithOvertime`.
     */
    overtimeAllowed: z.boolean(),
    maxWeekMinutesWithOvertime: z
      .number()
      .int()
      .min(60)
      .max(7 * 1440),
    /** From the end of one shift to the start of the next. */
    minRestMinutes: z.number().int().min(0).max(1440),
    maxConsecutiveDays: z.number().int().min(1).max(14),
    /** The org's hard caps on a DA's day (docs/dispatch.md): the longest shift and the most minutes in any 7 days. */
    maxDayMinutes: z
      .number()
      .int()
      .min(60)
      .max(16 * 60)
      .default(12 * 60),
    maxSevenDayMinutes: z
      .number()
      .int()
      .min(60)
      .max(7 * 1440)
      .default(60 * 60),
  })
  .refine((r) => !r.overtimeAllowed || r.maxWeekMinutesWithOvertime >= r.maxWeekMinutes, {
    message: 'maxWeekMinutesWithOvertime must not be below maxWeekMinutes',
    path: ['maxWeekMinutesWithOvertime'],
  });
export type WeekRules = z.output<typeof WeekRulesSchema>;

export const DayDemandSchema = z.strictObject({
  date: businessDate,
  /** The day's first wave: route and standby shifts start then. */
  firstWave: clockTime,
  /** Route shifts needed (expected routes). */
  routes: count,
  routeMinutes: shiftMinutes,
  standbys: count,
  standbyMinutes: shiftMinutes,
  /** When standbys report, if not at the first wave. */
  standbyStart: clockTime.optional(),
});
export type DayDemand = z.output<typeof DayDemandSchema>;

/**
 * A shift the manager has fixed. Route and standby take their start and length from the day's
 * demand unless given; training / ride-along, rescue-only and office shifts must say both.
 */
export const PinnedShiftSchema = z
  .strictObject({
    date: businessDate,
    kind: z.enum(SHIFT_KINDS),
    start: clockTime.optional(),
    minutes: shiftMinutes.optional(),
  })
  .refine((p) => p.kind === 'route' || p.kind === 'standby' || (p.start && p.minutes), {
    message: 'a training, ride-along, rescue or office shift needs its start and minutes',
  });
export type PinnedShift = z.output<typeof PinnedShiftSchema>;

export const WeekDaSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /**
   * Days of this week the DA cannot work, with the reason in words ("approved time off", "not available on
   * Tuesdays").
   */
  unavailable: z.record(businessDate, z.string().min(1)).default({}),
  /** Days a week the DA asked for: 5 full time, 3–4 part time. */
  wantsDays: z.number().int().min(0).max(7),
  preferredDays: z.array(z.enum(WEEKDAYS)).default([]),
  /** Weekdays worked last week, for continuity. */
  lastWeekDays: z.array(z.enum(WEEKDAYS)).default([]),
  /** Days worked in a row up to and including the Saturday before the week. */
  consecutiveDaysBeforeWeek: z.number().int().min(0).max(60).default(0),
  /** End of the DA's last shift before the week (station wall-clock), for the rest rule on Sunday. */
  lastShiftEndBeforeWeek: localDateTime.nullable().default(null),
  /** Minutes scheduled on each of the six days before the week, by date, for the rolling 7-day cap. */
  minutesBeforeWeek: z
    .record(
      businessDate,
      z
        .number()
        .int()
        .min(0)
        .max(2 * 1440),
    )
    .default({}),
  pinned: z.array(PinnedShiftSchema).default([]),
});
export type WeekDa = z.output<typeof WeekDaSchema>;

export const WeekInputSchema = z
  .strictObject({
    rules: WeekRulesSchema,
    /** Seven consecutive days, Sunday first (Amazon's week, also the workweek the caps apply to). */
    days: z.array(DayDemandSchema).length(7),
    das: z.array(WeekDaSchema),
  })
  .superRefine((input, ctx) => {
    const first = input.days[0]?.date;
    if (first && weekdayIndex(first) !== 0) {
      ctx.addIssue({ code: 'custom', path: ['days', 0, 'date'], message: 'the week starts on a Sunday' });
    }
    input.days.forEach((d, i) => {
      if (first && d.date !== addDays(first, i)) {
        ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'days must be consecutive' });
      }
    });
    const inWeek = new Set(input.days.map((d) => d.date));
    const ids = new Set<string>();
    input.das.forEach((da, i) => {
      if (ids.has(da.id))
        ctx.addIssue({ code: 'custom', path: ['das', i, 'id'], message: 'duplicate DA id' });
      ids.add(da.id);
      for (const date of Object.keys(da.unavailable)) {
        if (!inWeek.has(date)) {
          ctx.addIssue({ code: 'custom', path: ['das', i, 'unavailable', date], message: 'not in the week' });
        }
      }
      const pinnedDates = new Set<string>();
      da.pinned.forEach((p, j) => {
        if (!inWeek.has(p.date)) {
          ctx.addIssue({ code: 'custom', path: ['das', i, 'pinned', j, 'date'], message: 'not in the week' });
        }
        if (pinnedDates.has(p.date)) {
          ctx.addIssue({ code: 'custom', path: ['das', i, 'pinned', j, 'date'], message: 'one shift a day' });
        }
        pinnedDates.add(p.date);
      });
      for (const date of Object.keys(da.minutesBeforeWeek)) {
        if (first && (date >= first || date < addDays(first, -6))) {
          ctx.addIssue({
            code: 'custom',
            path: ['das', i, 'minutesBeforeWeek', date],
            message: 'not one of the six days before the week',
          });
        }
      }
      if (first && da.lastShiftEndBeforeWeek && da.lastShiftEndBeforeWeek.slice(0, 10) >= addDays(first, 1)) {
        ctx.addIssue({
          code: 'custom',
          path: ['das', i, 'lastShiftEndBeforeWeek'],
          message: 'must end before the week (at the latest on its first day)',
        });
      }
    });
  });
export type WeekInput = z.output<typeof WeekInputSchema>;

/**
 * Validates plain data (an API body, a test fixture) into a week the scheduler accepts; throws a ZodError.
 */
export const parseWeekInput = (raw: unknown): WeekInput => WeekInputSchema.parse(raw);

/** One shift of the plan; `pinned` ones are the manager's and were kept as given. */
export interface PlannedShift {
  daId: string;
  date: string;
  kind: ShiftKind;
  /** Local `HH:MM`. */
  start: string;
  minutes: number;
  pinned: boolean;
}
