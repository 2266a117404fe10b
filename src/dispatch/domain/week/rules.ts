import type { PlannedShift, WeekInput } from './input.js';
import { type DaWeek, daWeek, demandShift, restBroken, type ShiftWindow, windowOf } from './shifts.js';

/**
 * The hard rules of the week, in plain code. The MILP encodes the same rules; this is the independent
 * check every plan passes before the scheduler returns it, and what the greedy plan and the
 * explanations ask ("could this DA also take Tuesday?").
 */

/** The most minutes a DA may be scheduled: the overtime ceiling when overtime is allowed. */
export const hardMinutesCap = (input: WeekInput): number =>
  input.rules.overtimeAllowed
    ? Math.max(input.rules.maxWeekMinutes, input.rules.maxWeekMinutesWithOvertime)
    : input.rules.maxWeekMinutes;

/** Why one more shift would break a hard rule for a DA, given the DA's other shifts of the week. */
export type Blocker =
  | { rule: 'days-cap'; days: number }
  | { rule: 'minutes-cap'; minutes: number; cap: number }
  /** `neighbour` is the day index of the clashing shift, -1 for the last shift before the week. */
  | { rule: 'rest'; neighbour: number; neighbourFirst: boolean; gapMinutes: number }
  | { rule: 'consecutive'; run: number }
  | { rule: 'day-cap'; minutes: number }
  /** `minutes`: the most the DA would reach in the 7 days ending on some day of the week. */
  | { rule: 'seven-days'; minutes: number };

type WeekShifts = readonly (PlannedShift | undefined)[];

/**
 * The most minutes the DA works in any 7 days ending in the week, counting the six days before it: a
 * week-day window ending on day t holds days 0…t of the week and the days before it within 7 days.
 */
export function sevenDayPeak(w: DaWeek, minutesByDay: readonly number[]): number {
  let inWeek = 0;
  let peak = 0;
  minutesByDay.forEach((m, t) => {
    inWeek += m;
    peak = Math.max(peak, inWeek + (w.minutesBefore[t] ?? 0));
  });
  return peak;
}

const windowOfShift = (dayIndex: number, s: PlannedShift): ShiftWindow =>
  windowOf(dayIndex, s.start, s.minutes);

/** Days worked in a row through `dayIndex` if it were worked, counting the run before the week. */
export function runThrough(input: WeekInput, w: DaWeek, shifts: WeekShifts, dayIndex: number): number {
  const worked = (i: number) => i === dayIndex || Boolean(shifts[i]);
  let back = 0;
  let i = dayIndex - 1;
  while (i >= 0 && worked(i)) {
    back++;
    i--;
  }
  if (i < 0) back += w.da.consecutiveDaysBeforeWeek;
  let ahead = 0;
  for (let j = dayIndex + 1; j < input.days.length && worked(j); j++) ahead++;
  return back + 1 + ahead;
}

/** The hard rules that adding `shift` on `dayIndex` would break; empty when it is allowed. */
export function blockersFor(
  input: WeekInput,
  w: DaWeek,
  shifts: WeekShifts,
  dayIndex: number,
  shift: { start: string; minutes: number },
): Blocker[] {
  const { rules } = input;
  const out: Blocker[] = [];
  const others = shifts.flatMap((s, i) => (s && i !== dayIndex ? [{ i, s }] : []));
  if (others.length + 1 > rules.maxDaysPerWeek) out.push({ rule: 'days-cap', days: others.length });
  const minutes = others.reduce((sum, o) => sum + o.s.minutes, 0) + shift.minutes;
  const cap = hardMinutesCap(input);
  if (minutes > cap) out.push({ rule: 'minutes-cap', minutes, cap });
  const mine = windowOf(dayIndex, shift.start, shift.minutes);
  const clash = others.map((o) => ({ i: o.i, win: windowOfShift(o.i, o.s) }));
  if (w.lastEnd !== null) clash.push({ i: -1, win: { start: w.lastEnd, end: w.lastEnd } });
  for (const c of clash) {
    if (restBroken(c.win, mine, rules.minRestMinutes)) {
      const neighbourFirst = c.win.start <= mine.start;
      const gapMinutes = neighbourFirst ? mine.start - c.win.end : c.win.start - mine.end;
      out.push({ rule: 'rest', neighbour: c.i, neighbourFirst, gapMinutes });
    }
  }
  const run = runThrough(input, w, shifts, dayIndex);
  if (run > rules.maxConsecutiveDays) out.push({ rule: 'consecutive', run });
  if (shift.minutes > rules.maxDayMinutes) out.push({ rule: 'day-cap', minutes: shift.minutes });
  const byDay = input.days.map((_, i) => (i === dayIndex ? shift.minutes : (shifts[i]?.minutes ?? 0)));
  const peak = sevenDayPeak(w, byDay);
  if (peak > rules.maxSevenDayMinutes) out.push({ rule: 'seven-days', minutes: peak });
  return out;
}

/** Minutes of the DA's week with `extra` added, above the overtime threshold (0 when none). */
export function overtimeWith(input: WeekInput, shifts: WeekShifts, extra: number): number {
  const minutes = shifts.reduce((sum, s) => sum + (s?.minutes ?? 0), 0) + extra;
  return Math.max(0, minutes - input.rules.maxWeekMinutes);
}

function daViolations(input: WeekInput, w: DaWeek, shifts: PlannedShift[]): string[] {
  const { rules } = input;
  const who = `${w.da.name} (${w.da.id})`;
  const out: string[] = [];
  const dayOf = (s: PlannedShift) => input.days.findIndex((d) => d.date === s.date);
  const seen = new Set<string>();
  for (const s of shifts) {
    const i = dayOf(s);
    if (i < 0) {
      out.push(`${who}: ${s.date} is not in the week`);
      continue;
    }
    if (seen.has(s.date)) out.push(`${who}: more than one shift on ${s.date}`);
    seen.add(s.date);
    if (w.unavailable[i] !== null) out.push(`${who}: scheduled on ${s.date} but ${w.unavailable[i]}`);
    const pin = w.pins[i];
    if (s.pinned) {
      if (!pin || pin.kind !== s.kind || pin.start !== s.start || pin.minutes !== s.minutes) {
        out.push(`${who}: ${s.date} is marked pinned but the manager pinned no such shift`);
      }
    } else if (s.kind !== 'route' && s.kind !== 'standby') {
      out.push(`${who}: ${s.kind} on ${s.date} was not pinned by the manager`);
    } else {
      const expected = demandShift(input, i, s.kind);
      if (expected.start !== s.start || expected.minutes !== s.minutes) {
        out.push(`${who}: ${s.kind} on ${s.date} does not match the day's ${s.kind} shift`);
      }
    }
  }
  w.pins.forEach((pin, i) => {
    if (pin && !shifts.some((s) => s.pinned && s.date === pin.date && s.kind === pin.kind)) {
      out.push(`${who}: pinned ${pin.kind} on ${input.days[i]?.date} is missing`);
    }
  });
  if (shifts.length > rules.maxDaysPerWeek) {
    out.push(`${who}: ${shifts.length} days, over the cap of ${rules.maxDaysPerWeek}`);
  }
  const minutes = shifts.reduce((sum, s) => sum + s.minutes, 0);
  if (minutes > hardMinutesCap(input)) {
    out.push(`${who}: ${minutes} minutes, over the cap of ${hardMinutesCap(input)}`);
  }
  const windows = shifts
    .filter((s) => dayOf(s) >= 0)
    .map((s) => windowOf(dayOf(s), s.start, s.minutes))
    .sort((a, b) => a.start - b.start);
  if (w.lastEnd !== null) windows.unshift({ start: w.lastEnd, end: w.lastEnd });
  for (let k = 1; k < windows.length; k++) {
    const a = windows[k - 1];
    const b = windows[k];
    if (a && b && restBroken(a, b, rules.minRestMinutes)) {
      const gap = b.start - a.end;
      out.push(
        gap < 0
          ? `${who}: two shifts overlap`
          : `${who}: only ${gap} minutes between shifts (rest rule ${rules.minRestMinutes})`,
      );
    }
  }
  for (const s of shifts)
    if (s.minutes > rules.maxDayMinutes)
      out.push(`${who}: ${s.minutes} minutes on ${s.date}, over the day cap of ${rules.maxDayMinutes}`);
  const byDay = input.days.map((d) => shifts.find((s) => s.date === d.date)?.minutes ?? 0);
  const peak = sevenDayPeak(w, byDay);
  if (peak > rules.maxSevenDayMinutes)
    out.push(`${who}: ${peak} minutes in 7 days, over the cap of ${rules.maxSevenDayMinutes}`);
  let run = w.da.consecutiveDaysBeforeWeek;
  input.days.forEach((d, i) => {
    run = seen.has(d.date) ? run + 1 : 0;
    if (run > rules.maxConsecutiveDays && seen.has(d.date)) {
      out.push(
        `${who}: ${run} days in a row through ${input.days[i]?.date} (cap ${rules.maxConsecutiveDays})`,
      );
    }
  });
  return out;
}

/**
 * Every hard rule the plan breaks, in words; empty for a valid plan. Shifts beyond the day's demand
 * are a violation except where the manager pinned more than the demand.
 */
export function planViolations(input: WeekInput, plan: readonly PlannedShift[]): string[] {
  const out: string[] = [];
  const ids = new Set(input.das.map((d) => d.id));
  for (const s of plan) if (!ids.has(s.daId)) out.push(`unknown DA ${s.daId}`);
  for (const da of input.das) {
    out.push(
      ...daViolations(
        input,
        daWeek(input, da),
        plan.filter((s) => s.daId === da.id),
      ),
    );
  }
  input.days.forEach((day) => {
    for (const kind of ['route', 'standby'] as const) {
      const onDay = plan.filter((s) => s.date === day.date && s.kind === kind);
      const demand = kind === 'route' ? day.routes : day.standbys;
      const cap = Math.max(demand, onDay.filter((s) => s.pinned).length);
      if (onDay.length > cap) out.push(`${day.date}: ${onDay.length} ${kind} shifts for ${demand} needed`);
    }
  });
  return out;
}

/** The plan of only the manager's pinned shifts. */
export const pinnedPlan = (input: WeekInput): PlannedShift[] =>
  input.das.flatMap((da) => daWeek(input, da).pins.filter((p): p is PlannedShift => Boolean(p)));

/** Thrown when the manager's pins already break a hard rule, so no plan can keep them. */
export class WeekInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`The pinned shifts break the week's rules: ${problems.join('; ')}`);
    this.name = 'WeekInputError';
  }
}

/** Fails early, in the manager's words, when the pins alone cannot be kept. */
export function assertPinsKeepRules(input: WeekInput): void {
  const problems = planViolations(input, pinnedPlan(input));
  if (problems.length > 0) throw new WeekInputError(problems);
}
