import { DEMAND_KINDS, type DemandKind, type WeekInput } from './input.js';
import { INTEGER, type MilpBuilder } from './milp.js';
import { WEIGHTS } from './objective.js';
import { hardMinutesCap, runThrough, sevenDayPeak } from './rules.js';
import { type DaWeek, demandShift, restBroken, type ShiftWindow, windowOf } from './shifts.js';

/** One binary of the model: this DA works a shift of this kind on this day. */
export interface ShiftColumn {
  daIndex: number;
  dayIndex: number;
  kind: DemandKind;
  minutes: number;
  window: ShiftWindow;
}

/** The shift binaries, the model's first columns, and each DA's columns day by day. */
export function addShiftColumns(
  input: WeekInput,
  m: MilpBuilder,
  weeks: readonly DaWeek[],
  open: Record<DemandKind, number>[],
): { shifts: ShiftColumn[]; colsByDaDay: number[][][] } {
  const shifts: ShiftColumn[] = [];
  const colsByDaDay: number[][][] = weeks.map(() => input.days.map(() => []));
  weeks.forEach((w, d) => {
    for (const s of openShifts(input, w, d, open)) {
      const col = m.col(shiftCost(w, s), 0, 1, INTEGER);
      shifts.push(s);
      colsByDaDay[d]?.[s.dayIndex]?.push(col);
    }
  });
  return { shifts, colsByDaDay };
}

/**
 * A shift's cost: the shortage it covers earned back, then the preferred-day and continuity costs
 * (a day worked last week earns back what the offset charged for it).
 */
const shiftCost = (w: DaWeek, s: ShiftColumn): number =>
  (s.kind === 'route' ? -WEIGHTS.routeShort : -WEIGHTS.standbyShort) +
  (w.preferred[s.dayIndex] ? 0 : WEIGHTS.offPreferredDay) +
  (w.workedLastWeek[s.dayIndex] ? -WEIGHTS.continuityDay : WEIGHTS.continuityDay);

/** Shift columns a DA can have: what the pins, last week's last shift and the caps leave open. */
function openShifts(
  input: WeekInput,
  w: DaWeek,
  daIndex: number,
  open: Record<DemandKind, number>[],
): ShiftColumn[] {
  const { rules } = input;
  const pins = w.pins.flatMap((p, i) => (p ? [{ i, win: windowOf(i, p.start, p.minutes) }] : []));
  const pinnedMinutes = w.pins.reduce((sum, p) => sum + (p?.minutes ?? 0), 0);
  if (pins.length >= rules.maxDaysPerWeek) return [];
  const out: ShiftColumn[] = [];
  input.days.forEach((_, dayIndex) => {
    if (w.unavailable[dayIndex] !== null || w.pins[dayIndex]) return;
    if (runThrough(input, w, w.pins, dayIndex) > rules.maxConsecutiveDays) return;
    for (const kind of DEMAND_KINDS) {
      if ((open[dayIndex]?.[kind] ?? 0) === 0) continue;
      const { start, minutes } = demandShift(input, dayIndex, kind);
      const window = windowOf(dayIndex, start, minutes);
      if (pinnedMinutes + minutes > hardMinutesCap(input) || minutes > rules.maxDayMinutes) continue;
      const byDay = w.pins.map((p, i) => (i === dayIndex ? minutes : (p?.minutes ?? 0)));
      if (sevenDayPeak(w, byDay) > rules.maxSevenDayMinutes) continue;
      if (
        w.lastEnd !== null &&
        restBroken({ start: w.lastEnd, end: w.lastEnd }, window, rules.minRestMinutes)
      ) {
        continue;
      }
      if (pins.some((p) => restBroken(p.win, window, rules.minRestMinutes))) continue;
      out.push({ daIndex, dayIndex, kind, minutes, window });
    }
  });
  return out;
}
