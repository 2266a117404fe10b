import type { WeekInput } from './input.js';
import { CONTINUOUS, type MilpBuilder, NO_LOWER } from './milp.js';
import type { ShiftColumn } from './model-columns.js';
import { WEIGHTS } from './objective.js';
import { hardMinutesCap } from './rules.js';
import { type DaWeek, restBroken } from './shifts.js';

/**
 * The hard rules between one DA's open shifts, as rows over that DA's columns (`byDay`: the columns of
 * each day). What pins and last week already decide was settled when the columns were made.
 */

/** Minutes cap: hard at the threshold, or overtime minutes costed up to the overtime ceiling. */
export function addMinutesRow(
  input: WeekInput,
  m: MilpBuilder,
  byDay: number[][],
  shifts: ShiftColumn[],
  maxMore: number,
  pinnedMinutes: number,
): number | null {
  const { rules } = input;
  const longest = byDay
    .map((cols) => Math.max(0, ...cols.map((c) => shifts[c]?.minutes ?? 0)))
    .sort((a, b) => b - a)
    .slice(0, maxMore)
    .reduce((sum, x) => sum + x, 0);
  if (pinnedMinutes + longest <= rules.maxWeekMinutes) return null;
  const all = byDay.flat();
  const minutes = all.map((c) => shifts[c]?.minutes ?? 0);
  const room = rules.maxWeekMinutes - pinnedMinutes;
  if (!rules.overtimeAllowed) {
    m.row(all, minutes, NO_LOWER, room);
    return null;
  }
  const overtime = m.col(WEIGHTS.overtimeMinute, 0, hardMinutesCap(input) - rules.maxWeekMinutes, CONTINUOUS);
  m.row([...all, overtime], [...minutes, -1], NO_LOWER, room);
  return overtime;
}

/** Rest between the DA's open shifts, for every two days that both have some. */
export function addRestRows(input: WeekInput, m: MilpBuilder, byDay: number[][], shifts: ShiftColumn[]) {
  for (let i = 0; i < byDay.length; i++) {
    for (let j = i + 1; j < byDay.length; j++) {
      const earlier = byDay[i] ?? [];
      const later = byDay[j] ?? [];
      if (earlier.length > 0 && later.length > 0)
        restRows(m, earlier, later, shifts, input.rules.minRestMinutes);
    }
  }
}

/**
 * Rest rows between two days of one DA: one clique row when every pair clashes, else one per shift of the
 * earlier day.
 */
function restRows(
  m: MilpBuilder,
  earlier: number[],
  later: number[],
  shifts: ShiftColumn[],
  minRest: number,
) {
  const clashes = earlier.map((a) =>
    later.filter((b) => {
      const sa = shifts[a];
      const sb = shifts[b];
      return sa && sb && restBroken(sa.window, sb.window, minRest);
    }),
  );
  if (clashes.every((c) => c.length === later.length) && later.length > 0) {
    m.row([...earlier, ...later], 1, NO_LOWER, 1);
    return;
  }
  earlier.forEach((a, k) => {
    const c = clashes[k] ?? [];
    if (c.length > 0) m.row([a, ...c], 1, NO_LOWER, 1);
  });
}

/**
 * Consecutive days: every window of maxConsecutiveDays + 1 days, reaching back into the run the DA
 * ended last week with, holds at most maxConsecutiveDays worked days.
 */
export function addConsecutiveRows(input: WeekInput, m: MilpBuilder, w: DaWeek, byDay: number[][]) {
  const k = input.rules.maxConsecutiveDays;
  const before = w.da.consecutiveDaysBeforeWeek;
  const last = input.days.length - 1;
  for (let s = -Math.min(before, k); s + k <= last; s++) {
    const from = Math.max(0, s);
    const to = s + k;
    const cols: number[] = [];
    let fixed = Math.max(0, -s);
    for (let t = from; t <= to; t++) {
      if (w.pins[t]) fixed++;
      cols.push(...(byDay[t] ?? []));
    }
    const room = k - fixed;
    const openDays = byDay.slice(from, to + 1).filter((c) => c.length > 0).length;
    if (openDays > room) m.row(cols, 1, NO_LOWER, room);
  }
}

/**
 * The rolling 7-day cap: the 7 days ending on each day t of the week hold days 0…t and the DA's
 * minutes before the week within them; a row for each window the open shifts could overfill.
 */
export function addSevenDayRows(
  input: WeekInput,
  m: MilpBuilder,
  w: DaWeek,
  byDay: number[][],
  shifts: ShiftColumn[],
) {
  let cols: number[] = [];
  let pinned = 0;
  let most = 0;
  byDay.forEach((day, t) => {
    cols = [...cols, ...day];
    pinned += w.pins[t]?.minutes ?? 0;
    most += Math.max(0, ...day.map((c) => shifts[c]?.minutes ?? 0));
    const room = input.rules.maxSevenDayMinutes - (w.minutesBefore[t] ?? 0) - pinned;
    if (most > room)
      m.row(
        cols,
        cols.map((c) => shifts[c]?.minutes ?? 0),
        NO_LOWER,
        room,
      );
  });
}
