import {
  addDays,
  type DemandKind,
  type PinnedShift,
  type PlannedShift,
  WEEKDAYS,
  type WeekDa,
  type Weekday,
  type WeekInput,
  weekdayIndex,
} from './input.js';

/**
 * Shift timing on one clock: minutes from 00:00 on the week's Sunday, station wall-clock. A DST night
 * makes one real gap an hour longer or shorter than computed; rest is measured as the rota reads.
 */
export interface ShiftWindow {
  start: number;
  end: number;
}

export const minutesOfDay = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

export const windowOf = (dayIndex: number, start: string, minutes: number): ShiftWindow => {
  const s = dayIndex * 1440 + minutesOfDay(start);
  return { start: s, end: s + minutes };
};

/**
 * Two shifts of one DA break the rest rule when the later starts less than `minRest` after the earlier ends.
 */
export const restBroken = (a: ShiftWindow, b: ShiftWindow, minRest: number): boolean =>
  a.start <= b.start ? b.start - a.end < minRest : a.start - b.end < minRest;

/** The start and length a route or standby shift has on a day. */
export function demandShift(
  input: WeekInput,
  dayIndex: number,
  kind: DemandKind,
): { start: string; minutes: number } {
  const day = input.days[dayIndex];
  if (!day) throw new Error(`no day ${dayIndex} in the week`);
  return kind === 'route'
    ? { start: day.firstWave, minutes: day.routeMinutes }
    : { start: day.standbyStart ?? day.firstWave, minutes: day.standbyMinutes };
}

export const demandCount = (input: WeekInput, dayIndex: number, kind: DemandKind): number =>
  kind === 'route' ? (input.days[dayIndex]?.routes ?? 0) : (input.days[dayIndex]?.standbys ?? 0);

/** Demand of a kind on a day still open after the manager's pinned shifts of that kind. */
export function remainingDemand(input: WeekInput, dayIndex: number, kind: DemandKind): number {
  const date = input.days[dayIndex]?.date;
  const pinned = input.das.filter((da) => da.pinned.some((p) => p.date === date && p.kind === kind)).length;
  return Math.max(0, demandCount(input, dayIndex, kind) - pinned);
}

/**
 * The end of the DA's last shift before the week on the week clock (negative: before Sunday 00:00), or null.
 */
export function lastEndBeforeWeek(input: WeekInput, da: WeekDa): number | null {
  if (!da.lastShiftEndBeforeWeek) return null;
  const weekStart = Date.parse(`${input.days[0]?.date}T00:00:00Z`);
  return Math.round((Date.parse(`${da.lastShiftEndBeforeWeek}Z`) - weekStart) / 60_000);
}

export const weekdayOf = (date: string): Weekday => WEEKDAYS[weekdayIndex(date)] ?? 'sun';

/**
 * A pinned shift as it appears in the plan: route and standby take the day's start and length unless given.
 */
export function pinnedShift(input: WeekInput, da: WeekDa, pin: PinnedShift): PlannedShift {
  const dayIndex = input.days.findIndex((d) => d.date === pin.date);
  const demand =
    pin.kind === 'route' || pin.kind === 'standby' ? demandShift(input, dayIndex, pin.kind) : null;
  return {
    daId: da.id,
    date: pin.date,
    kind: pin.kind,
    start: pin.start ?? demand?.start ?? '00:00',
    minutes: pin.minutes ?? demand?.minutes ?? 0,
    pinned: true,
  };
}

/** Everything the model, the greedy plan and the explanations read about one DA, by day index. */
export interface DaWeek {
  da: WeekDa;
  /** The manager's pinned shift of each day, if any. */
  pins: (PlannedShift | undefined)[];
  /** Why the DA cannot work each day, or null when they can. */
  unavailable: (string | null)[];
  lastEnd: number | null;
  /** By day index t: minutes scheduled before the week inside the 7 days ending on day t. */
  minutesBefore: number[];
  preferred: boolean[];
  workedLastWeek: boolean[];
}

export function daWeek(input: WeekInput, da: WeekDa): DaWeek {
  const pins: (PlannedShift | undefined)[] = input.days.map(() => undefined);
  for (const pin of da.pinned) {
    const i = input.days.findIndex((d) => d.date === pin.date);
    if (i >= 0) pins[i] = pinnedShift(input, da, pin);
  }
  return {
    da,
    pins,
    unavailable: input.days.map((d) => da.unavailable[d.date] ?? null),
    lastEnd: lastEndBeforeWeek(input, da),
    minutesBefore: input.days.map((_, t) =>
      Object.entries(da.minutesBeforeWeek).reduce(
        (sum, [date, minutes]) => (date >= addDays(input.days[0]?.date ?? date, t - 6) ? sum + minutes : sum),
        0,
      ),
    ),
    preferred: input.days.map(
      (d) => da.preferredDays.length === 0 || da.preferredDays.includes(weekdayOf(d.date)),
    ),
    workedLastWeek: input.days.map((d) => da.lastWeekDays.includes(weekdayOf(d.date))),
  };
}

/** Plan shifts grouped by DA id, each DA's by day index. */
export function shiftsByDa(
  input: WeekInput,
  plan: readonly PlannedShift[],
): Map<string, (PlannedShift | undefined)[]> {
  const index = new Map(input.days.map((d, i) => [d.date, i]));
  const byDa = new Map<string, (PlannedShift | undefined)[]>();
  for (const s of plan) {
    let days = byDa.get(s.daId);
    if (!days) {
      days = input.days.map(() => undefined);
      byDa.set(s.daId, days);
    }
    const i = index.get(s.date);
    if (i !== undefined) days[i] = s;
  }
  return byDa;
}
