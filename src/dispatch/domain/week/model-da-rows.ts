import type { WeekInput } from './input.js';
import { CONTINUOUS, type MilpBuilder, NO_LOWER } from './milp.js';
import type { ShiftColumn } from './model-columns.js';
import { addConsecutiveRows, addMinutesRow, addRestRows, addSevenDayRows } from './model-rule-rows.js';
import { dayCountCost, WEIGHTS } from './objective.js';
import type { DaWeek } from './shifts.js';

/** A DA's own columns beside the shift binaries. */
export interface DaColumns {
  /** The day-count columns, one per day the DA could add to the pinned ones. */
  units: number[];
  /** Minutes over the week threshold, when the DA could go over it with overtime allowed. */
  overtime: number | null;
  pinnedMinutes: number;
}

/** Per-DA rows: one shift a day, days worked (with the fairness cost), minutes, rest, consecutive days. */
export function addDaRows(
  input: WeekInput,
  m: MilpBuilder,
  w: DaWeek,
  byDay: number[][],
  shifts: ShiftColumn[],
): DaColumns {
  const { rules } = input;
  const pinnedDays = w.pins.filter(Boolean).length;
  const pinnedMinutes = w.pins.reduce((sum, p) => sum + (p?.minutes ?? 0), 0);
  // Continuity: a pinned day not worked last week, or any other day worked last week (its columns
  // earn the cost back when the DA works it).
  w.pins.forEach((p, t) => {
    if (w.workedLastWeek[t] !== Boolean(p)) m.offset += WEIGHTS.continuityDay;
    if (p && !w.preferred[t]) m.offset += WEIGHTS.offPreferredDay;
  });
  m.offset += dayCountCost(w.da.wantsDays, pinnedDays);
  const all = byDay.flat();
  if (all.length === 0) {
    m.offset += WEIGHTS.overtimeMinute * Math.max(0, pinnedMinutes - rules.maxWeekMinutes);
    return { units: [], overtime: null, pinnedMinutes };
  }
  for (const cols of byDay) if (cols.length > 1) m.row(cols, 1, NO_LOWER, 1);

  // Days worked = Σ units, unit j costing the step of the convex fairness cost from day p+j-1 to p+j.
  const openDays = byDay.filter((c) => c.length > 0).length;
  const maxMore = Math.min(openDays, rules.maxDaysPerWeek - pinnedDays);
  const units: number[] = [];
  for (let j = 1; j <= maxMore; j++) {
    const step =
      dayCountCost(w.da.wantsDays, pinnedDays + j) - dayCountCost(w.da.wantsDays, pinnedDays + j - 1);
    units.push(m.col(step, 0, 1, CONTINUOUS));
  }
  m.row([...all, ...units], [...all.map(() => 1), ...units.map(() => -1)], 0, 0);

  const overtime = addMinutesRow(input, m, byDay, shifts, maxMore, pinnedMinutes);
  addRestRows(input, m, byDay, shifts);
  addConsecutiveRows(input, m, w, byDay);
  addSevenDayRows(input, m, w, byDay, shifts);
  return { units, overtime, pinnedMinutes };
}
