import { z } from 'zod';
import { minutesOfDay, weekStartOf } from '../dispatch/domain/calendar.js';
import { type FieldError, formatPath } from '../dispatch/domain/roster/instance.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { daysBetween } from '../shared/days.js';
import { UsState } from '../tenancy/domain/station.js';
import { ruleSetFor } from './domain/rule-sets.js';
import { decimalHours } from './domain/text.js';
import type { Interval, Workday } from './domain/types.js';
import { intervalsFromClock } from './domain/workday.js';
import { computeWorkweek } from './domain/workweek.js';

/**
 * `stationhand payroll check`: one Sunday-to-Saturday workweek as local times in, the law's result
 * out (docs/payroll.md). Each pair is an interval worked; a gap between pairs is an unpaid meal; a
 * time earlier than the one before it is past midnight, still the same workday. Optional `rests`
 * are paid rest breaks inside the work; a day that gives them is judged on its rests.
 */

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is HH:MM, e.g. "06:00".');

type Pairs = readonly (readonly [string, string])[];

/** Rest pairs placed on the workday's minutes (past midnight when the work is), or null when outside it. */
function restsIn(work: readonly Interval[], pairs: Pairs): (Interval | null)[] {
  const first = work[0]?.start ?? 0;
  return pairs.map(([from, to]) => {
    const start = first + ((((minutesOfDay(from) - first) % 1440) + 1440) % 1440);
    const end = start + ((((minutesOfDay(to) - minutesOfDay(from)) % 1440) + 1440) % 1440);
    return work.some((w) => w.start <= start && end <= w.end) && end > start ? { start, end } : null;
  });
}

const CheckDay = z
  .strictObject({
    date: CalendarDate,
    work: z.array(z.tuple([Clock, Clock])).min(1, 'Give at least one interval worked.'),
    rests: z.array(z.tuple([Clock, Clock])).optional(),
  })
  .superRefine((day, ctx) => {
    day.work.forEach(([from, to], j) => {
      if (from === to)
        ctx.addIssue({ code: 'custom', path: ['work', j], message: 'An interval ends when it starts.' });
    });
    const work = intervalsFromClock(day.work);
    if ((work.at(-1)?.end ?? 0) - (work[0]?.start ?? 0) > 1440)
      ctx.addIssue({
        code: 'custom',
        path: ['work'],
        message: 'A workday spans at most 24 hours from its first time to its last.',
      });
    const rests = day.rests ?? [];
    restsIn(work, rests).forEach((rest, j) => {
      const clocks = (rests[j] ?? []).every((t) => Clock.safeParse(t).success);
      if (!rest && clocks)
        ctx.addIssue({
          code: 'custom',
          path: ['rests', j],
          message: 'A rest break must lie inside an interval worked.',
        });
    });
  });

const CheckInput = z
  .strictObject({ state: UsState, days: z.array(CheckDay).min(1, 'Give at least one day.') })
  .superRefine((input, ctx) => {
    // No days, or a first date that is not one, is already reported; there is no week to check.
    const firstDate = CalendarDate.safeParse(input.days[0]?.date);
    if (!firstDate.success) return;
    const week = weekStartOf(firstDate.data);
    const seen = new Map<string, number>();
    input.days.forEach((day, i) => {
      const issue = (path: PropertyKey[], message: string) =>
        ctx.addIssue({ code: 'custom', path: ['days', i, ...path], message });
      const first = seen.get(day.date);
      if (first !== undefined) issue(['date'], `Same date as days[${first}].`);
      seen.set(day.date, i);
      const index = daysBetween(week, day.date);
      if (index < 0 || index > 6)
        issue(['date'], `Not in the workweek of days[0] (Sunday ${week} to Saturday).`);
      const end = intervalsFromClock(day.work).at(-1)?.end ?? 0;
      const later = input.days.find(
        (other) =>
          other.date > day.date &&
          daysBetween(day.date, other.date) * 1440 + minutesOfDay(other.work[0]?.[0] ?? '00:00') < end,
      );
      if (later) issue(['work'], `Runs into the work of ${later.date}.`);
    });
  });

export interface CheckOutput {
  regular: number;
  overtime: number;
  doubleTime: number;
  mealPremium: number;
  restPremium: number;
  violations: { date: string; rule: string; citation: string; message: string }[];
}

/** Every issue as the path a person looks for in the file; each unknown field named on its own. */
const fieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'Unknown field.' }))
      : [{ path: issue.path.length ? formatPath(issue.path) : '(the workweek)', message: issue.message }],
  );

export function checkWorkweek(
  json: unknown,
): { ok: true; output: CheckOutput } | { ok: false; errors: FieldError[] } {
  const parsed = CheckInput.safeParse(json);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const days: Workday[] = parsed.data.days
    .map((d) => {
      const work = intervalsFromClock(d.work);
      const rests = d.rests && restsIn(work, d.rests).filter((r) => r !== null);
      return { date: d.date, work, ...(rests ? { rests } : {}) };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const weekStart = weekStartOf(days[0]?.date ?? '');
  const result = computeWorkweek({ weekStart, days, rules: ruleSetFor(parsed.data.state, weekStart) });
  const premium = (kind: 'meal' | 'rest') =>
    result.premiums.filter((p) => p.kind === kind).reduce((sum, p) => sum + p.hours, 0);
  return {
    ok: true,
    output: {
      regular: decimalHours(result.minutes.REG),
      overtime: decimalHours(result.minutes.OT),
      doubleTime: decimalHours(result.minutes.DT),
      mealPremium: premium('meal'),
      restPremium: premium('rest'),
      violations: result.violations.map(({ date, rule, citation, message }) => ({
        date,
        rule,
        citation,
        message,
      })),
    },
  };
}
