import type { PlannedShift, WeekInput } from './input.js';
import type { ShiftColumn } from './model-columns.js';
import type { DaColumns } from './model-da-rows.js';
import { type DaWeek, demandShift } from './shifts.js';

/** A plan as the model's column values: its shifts, each DA's days worked and overtime minutes. */
export function encodePlan(
  input: WeekInput,
  numCols: number,
  shifts: readonly ShiftColumn[],
  perDa: readonly DaColumns[],
  plan: readonly PlannedShift[],
): Float64Array {
  const x = new Float64Array(numCols);
  const chosen = new Set(plan.filter((s) => !s.pinned).map((s) => `${s.daId}|${s.date}|${s.kind}`));
  const days = perDa.map(() => 0);
  const minutes = perDa.map((p) => p.pinnedMinutes);
  shifts.forEach((s, j) => {
    const da = input.das[s.daIndex];
    if (da && chosen.has(`${da.id}|${input.days[s.dayIndex]?.date}|${s.kind}`)) {
      x[j] = 1;
      days[s.daIndex] = (days[s.daIndex] ?? 0) + 1;
      minutes[s.daIndex] = (minutes[s.daIndex] ?? 0) + s.minutes;
    }
  });
  perDa.forEach((p, d) => {
    p.units.forEach((col, j) => {
      x[col] = j < (days[d] ?? 0) ? 1 : 0;
    });
    if (p.overtime !== null) x[p.overtime] = Math.max(0, (minutes[d] ?? 0) - input.rules.maxWeekMinutes);
  });
  return x;
}

/** The model's column values as a plan: the pinned shifts, then each shift column set to 1. */
export function decodePlan(
  input: WeekInput,
  weeks: readonly DaWeek[],
  shifts: readonly ShiftColumn[],
  colValue: ArrayLike<number>,
): PlannedShift[] {
  const plan: PlannedShift[] = weeks.flatMap((w) => w.pins.filter((p): p is PlannedShift => Boolean(p)));
  shifts.forEach((s, j) => {
    if ((colValue[j] ?? 0) < 0.5) return;
    const da = input.das[s.daIndex];
    const day = input.days[s.dayIndex];
    if (!da || !day) return;
    const { start, minutes } = demandShift(input, s.dayIndex, s.kind);
    plan.push({ daId: da.id, date: day.date, kind: s.kind, start, minutes, pinned: false });
  });
  return plan;
}
