import type { ModelData } from 'highs';
import { DEMAND_KINDS, type DemandKind, type PlannedShift, type WeekInput } from './input.js';
import { dayCountCost, WEIGHTS } from './objective.js';
import { hardMinutesCap, runThrough, sevenDayPeak } from './rules.js';
import {
  type DaWeek,
  daWeek,
  demandCount,
  demandShift,
  restBroken,
  type ShiftWindow,
  windowOf,
} from './shifts.js';

/**
 * The week as a MILP for HiGHS. One binary per DA, day and demand kind (route, standby) that the hard
 * rules leave open; everything the rules already decide (unavailable days, the manager's pins, a shift
 * that would break the rest rule against a pin or last week's last shift) is left out of the model
 * rather than constrained, which keeps it small and its LP relaxation tight.
 *
 * Shortage is folded into the shift columns: a route left uncovered costs `routeShort`, so each
 * route column earns `-routeShort` and the objective offset holds the cost of covering nothing. The
 * model's objective value plus `floor` is therefore exactly `evaluatePlan(...).total` of the plan it
 * decodes to.
 */

export interface ShiftColumn {
  daIndex: number;
  dayIndex: number;
  kind: DemandKind;
  minutes: number;
  window: ShiftWindow;
}

export interface WeekModel {
  /**
   * The MILP. Its objective is the plan's cost minus `floor`, the shortage no plan can avoid: HiGHS
   * measures its relative gap against what is left, so a week short of DAs still gets its fairness,
   * preferences and continuity optimised to the gap asked for rather than drowned by the shortage.
   */
  data: ModelData;
  /** A lower bound on the shortage cost of any plan; plan cost = HiGHS objective + floor. */
  floor: number;
  /** Columns `0 … shifts.length - 1` are the shift binaries, in this order. */
  shifts: ShiftColumn[];
  /** Per DA: the day-count columns (one per day the DA could add) and the overtime column, if any. */
  perDa: { units: number[]; overtime: number | null; pinnedMinutes: number }[];
  /** Groups of DAs the model treats as interchangeable (same data), ordered by days worked. */
  symmetricGroups: number;
  /** The plan's shifts as a full start vector for HiGHS (setSolution). */
  encode(plan: readonly PlannedShift[]): Float64Array;
  /** HiGHS's column values back to a plan (pinned shifts included). */
  decode(colValue: ArrayLike<number>): PlannedShift[];
}

const INTEGER = 1;
const CONTINUOUS = 0;

class ModelBuilder {
  cost: number[] = [];
  lower: number[] = [];
  upper: number[] = [];
  integrality: number[] = [];
  rowLower: number[] = [];
  rowUpper: number[] = [];
  starts: number[] = [0];
  indices: number[] = [];
  values: number[] = [];
  offset = 0;

  col(cost: number, lower: number, upper: number, type: number): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integrality.push(type);
    return this.cost.length - 1;
  }

  row(cols: readonly number[], coefs: readonly number[] | number, lower: number, upper: number): void {
    cols.forEach((c, k) => {
      this.indices.push(c);
      this.values.push(typeof coefs === 'number' ? coefs : (coefs[k] ?? 0));
    });
    this.starts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
  }

  data(): ModelData {
    const numCols = this.cost.length;
    const numRows = this.rowLower.length;
    return {
      numCols,
      numRows,
      offset: this.offset,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      rowLower: Float64Array.from(this.rowLower),
      rowUpper: Float64Array.from(this.rowUpper),
      matrix: {
        format: 'csr',
        numRows,
        numCols,
        starts: Int32Array.from(this.starts),
        indices: Int32Array.from(this.indices),
        values: Float64Array.from(this.values),
      },
      integrality: Int32Array.from(this.integrality),
    };
  }
}

const NO_LOWER = Number.NEGATIVE_INFINITY;

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

/** Demand of a kind on a day still open after the manager's pinned shifts of that kind. */
export function remainingDemand(input: WeekInput, dayIndex: number, kind: DemandKind): number {
  const date = input.days[dayIndex]?.date;
  const pinned = input.das.filter((da) => da.pinned.some((p) => p.date === date && p.kind === kind)).length;
  return Math.max(0, demandCount(input, dayIndex, kind) - pinned);
}

/**
 * Shortage no plan can avoid, day by day: routes beyond the DAs who could take a route that day, and
 * shifts beyond the DAs who could work that day at all (counted as standbys, the cheaper kind).
 */
export function coverageFloor(input: WeekInput, shifts: readonly ShiftColumn[]): number {
  return input.days.reduce((sum, _, t) => {
    const das = (kind?: DemandKind) =>
      new Set(shifts.filter((s) => s.dayIndex === t && (!kind || s.kind === kind)).map((s) => s.daIndex))
        .size;
    const routes = remainingDemand(input, t, 'route');
    const standbys = remainingDemand(input, t, 'standby');
    const routesShort = Math.max(0, routes - das('route'));
    const standbysShort = Math.max(0, standbys - das('standby'), routes + standbys - das() - routesShort);
    return sum + WEIGHTS.routeShort * routesShort + WEIGHTS.standbyShort * standbysShort;
  }, 0);
}

/**
 * Rest rows between two days of one DA: one clique row when every pair clashes, else one per shift of the
 * earlier day.
 */
function restRows(
  m: ModelBuilder,
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

/** What makes two DAs interchangeable in the model: same days open, same pins, same wishes, same history. */
const symmetryKey = (w: DaWeek): string =>
  JSON.stringify([
    w.unavailable.map((u) => u === null),
    w.pins.map((p) => (p ? [p.kind, p.start, p.minutes] : null)),
    w.da.wantsDays,
    w.preferred,
    w.workedLastWeek,
    w.da.consecutiveDaysBeforeWeek,
    w.lastEnd,
  ]);

export function buildWeekModel(input: WeekInput): WeekModel {
  const m = new ModelBuilder();
  const weeks = input.das.map((da) => daWeek(input, da));
  const shifts: ShiftColumn[] = [];
  const colsByDaDay: number[][][] = weeks.map(() => input.days.map(() => []));

  // Shift binaries first, so columns 0 … n-1 are the decisions.
  const open = input.days.map((_, t) => ({
    route: remainingDemand(input, t, 'route'),
    standby: remainingDemand(input, t, 'standby'),
  }));
  weeks.forEach((w, d) => {
    for (const s of openShifts(input, w, d, open)) {
      const cost =
        (s.kind === 'route' ? -WEIGHTS.routeShort : -WEIGHTS.standbyShort) +
        (w.preferred[s.dayIndex] ? 0 : WEIGHTS.offPreferredDay) +
        (w.workedLastWeek[s.dayIndex] ? -WEIGHTS.continuityDay : WEIGHTS.continuityDay);
      const col = m.col(cost, 0, 1, INTEGER);
      shifts.push(s);
      colsByDaDay[d]?.[s.dayIndex]?.push(col);
    }
  });

  // Demand: at most the open routes and standbys of each day; what is left is the shortage in the offset.
  input.days.forEach((_, t) => {
    for (const kind of DEMAND_KINDS) {
      const needed = open[t]?.[kind] ?? 0;
      m.offset += needed * (kind === 'route' ? WEIGHTS.routeShort : WEIGHTS.standbyShort);
      const cols = shifts.flatMap((s, j) => (s.dayIndex === t && s.kind === kind ? [j] : []));
      if (cols.length > needed) m.row(cols, 1, NO_LOWER, needed);
    }
  });

  const perDa = weeks.map((w, d) => addDaRows(input, m, w, colsByDaDay[d] ?? [], shifts));

  let symmetricGroups = 0;
  const groups = new Map<string, number[]>();
  weeks.forEach((w, d) => {
    const key = symmetryKey(w);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  });
  for (const members of groups.values()) {
    if (members.length < 2 || (perDa[members[0] ?? 0]?.units.length ?? 0) === 0) continue;
    symmetricGroups++;
    // Interchangeable DAs in a fixed order by days worked: any plan can be relabelled to satisfy it.
    for (let k = 1; k < members.length; k++) {
      const a = perDa[members[k - 1] ?? 0]?.units ?? [];
      const b = perDa[members[k] ?? 0]?.units ?? [];
      m.row([...a, ...b], [...a.map(() => 1), ...b.map(() => -1)], 0, Number.POSITIVE_INFINITY);
    }
  }

  const floor = coverageFloor(input, shifts);
  m.offset -= floor;
  const data = m.data();
  return {
    data,
    floor,
    shifts,
    perDa,
    symmetricGroups,
    encode: (plan) => encodePlan(input, data.numCols, shifts, perDa, plan),
    decode: (colValue) => decodePlan(input, weeks, shifts, colValue),
  };
}

/** Per-DA rows: one shift a day, days worked (with the fairness cost), minutes, rest, consecutive days. */
function addDaRows(input: WeekInput, m: ModelBuilder, w: DaWeek, byDay: number[][], shifts: ShiftColumn[]) {
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

/** Minutes cap: hard at the threshold, or overtime minutes costed up to the overtime ceiling. */
function addMinutesRow(
  input: WeekInput,
  m: ModelBuilder,
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

/**
 * Rest between the DA's open shifts (rest against pins and last week was settled when the columns were made).
 */
function addRestRows(input: WeekInput, m: ModelBuilder, byDay: number[][], shifts: ShiftColumn[]) {
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
 * Consecutive days: every window of maxConsecutiveDays + 1 days, reaching back into the run the DA
 * ended last week with, holds at most maxConsecutiveDays worked days.
 */
function addConsecutiveRows(input: WeekInput, m: ModelBuilder, w: DaWeek, byDay: number[][]) {
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
function addSevenDayRows(
  input: WeekInput,
  m: ModelBuilder,
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

function encodePlan(
  input: WeekInput,
  numCols: number,
  shifts: ShiftColumn[],
  perDa: WeekModel['perDa'],
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

function decodePlan(
  input: WeekInput,
  weeks: DaWeek[],
  shifts: ShiftColumn[],
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
