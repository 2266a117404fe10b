import type { PunchKind } from '../../db/schema/payroll.js';
import { minutesOfDay } from '../../dispatch/domain/calendar.js';
import { instantAt, localDate, localTime } from '../../shared/dates.js';
import { addDays, weekday } from '../../shared/days.js';
import type { Interval, Wording, Workday } from './types.js';

/** The first day of the workweek holding `date`; `startsOn` 0 = Sunday (the default) … 6 = Saturday. */
export const workweekStart = (date: string, startsOn = 0): string =>
  addDays(date, -((weekday(date) - startsOn + 7) % 7));

export const length = (i: Interval): number => i.end - i.start;

/** Minutes worked in the day. */
export const workedMinutes = (day: Workday): number => day.work.reduce((sum, i) => sum + length(i), 0);

/** Minutes worked in the day before the clock minute `at`. */
export function workedBefore(day: Workday, at: number): number {
  let sum = 0;
  for (const i of day.work) sum += Math.max(0, Math.min(i.end, at) - i.start);
  return sum;
}

/** An unpaid gap between two stretches of work: a meal (or an unpaid break). */
export interface Gap extends Interval {
  /** Minutes worked before the gap started. */
  workedBefore: number;
}

export function gaps(day: Workday): Gap[] {
  const out: Gap[] = [];
  let worked = 0;
  day.work.forEach((interval, i) => {
    worked += length(interval);
    const next = day.work[i + 1];
    if (next) out.push({ start: interval.end, end: next.start, workedBefore: worked });
  });
  return out;
}

/**
 * Local `HH:MM` pairs worked as minutes from the date's midnight: a time earlier than the one before
 * it is past midnight (a pair ending when it starts runs 24 h), still the same workday.
 */
export function intervalsFromClock(pairs: readonly (readonly [string, string])[]): Interval[] {
  const out: Interval[] = [];
  let offset = 0;
  let previous = Number.NEGATIVE_INFINITY;
  const next = (time: string, strictly: boolean) => {
    let t = minutesOfDay(time) + offset;
    if (t < previous || (strictly && t === previous)) {
      offset += 1440;
      t += 1440;
    }
    previous = t;
    return t;
  };
  for (const [from, to] of pairs) {
    const start = next(from, false);
    out.push({ start, end: next(to, true) });
  }
  return out;
}

export type { PunchKind };

export interface Punch {
  kind: PunchKind;
  /** UTC instant (ISO). */
  at: string;
}

/** Punches that do not pair up: the workday keeps what does, and this says what is missing. */
export interface PunchProblem {
  date: string;
  message: string;
  said: Wording;
}

interface OpenDay {
  date: string;
  midnight: number;
  work: Interval[];
  rests: Interval[];
  sawRest: boolean;
  workFrom: number | null;
  mealFrom: number | null;
  restFrom: number | null;
}

/** Local midnights already found: a pay period asks for the same few dates thousands of times. */
const midnights = new Map<string, number>();

function localMidnight(date: string, timeZone: string): number {
  const key = `${timeZone} ${date}`;
  let at = midnights.get(key);
  if (at === undefined) {
    at = Date.parse(instantAt(date, '00:00', timeZone));
    midnights.set(key, at);
  }
  return at;
}

const EXPECTED: Record<PunchKind, string> = {
  in: 'a punch in',
  meal_start: 'a meal start while working',
  meal_end: 'a meal end after a meal start',
  rest_start: 'a rest start while working',
  rest_end: 'a rest end after a rest start',
  out: 'a punch out after a punch in',
};

/**
 * A DA's punches as workdays in the station's time zone. A workday is dated by its punch in, so a
 * shift past midnight stays one workday; minutes are counted from that date's local midnight as
 * time elapsed (seconds dropped), so a shift across a daylight-saving change is paid what it lasted.
 */
export function workdaysFromPunches(
  punches: readonly Punch[],
  timeZone: string,
): { days: Workday[]; problems: PunchProblem[] } {
  const days: Workday[] = [];
  const problems: PunchProblem[] = [];
  let open: OpenDay | null = null;
  const minuteOf = (day: OpenDay, at: string) => Math.floor((Date.parse(at) - day.midnight) / 60_000);

  const close = (day: OpenDay, ended: boolean) => {
    if (!ended) {
      const since = day.workFrom ?? day.mealFrom;
      const at =
        since === null ? null : localTime(new Date(day.midnight + since * 60_000).toISOString(), timeZone);
      problems.push({
        date: day.date,
        message: `No punch out${at === null ? '' : ` after ${at}`}: the time after it is not counted.`,
        said: { code: 'payroll.noPunchOut', args: { at: at ?? 'none' } },
      });
    } else if (day.mealFrom !== null)
      problems.push({
        date: day.date,
        message: 'The meal was never ended: the time after the meal start is not counted.',
        said: { code: 'payroll.mealNotEnded' },
      });
    if (day.work.length > 0)
      days.push({ date: day.date, work: day.work, ...(day.sawRest ? { rests: day.rests } : {}) });
    open = null;
  };

  const sorted = [...punches].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const punch of sorted) {
    const day: OpenDay | null = open;
    if (punch.kind === 'in') {
      if (day) close(day, false);
      const date = localDate(timeZone, new Date(punch.at));
      const fresh: OpenDay = {
        date,
        midnight: localMidnight(date, timeZone),
        work: [],
        rests: [],
        sawRest: false,
        workFrom: null,
        mealFrom: null,
        restFrom: null,
      };
      fresh.workFrom = minuteOf(fresh, punch.at);
      open = fresh;
      continue;
    }
    const t = day ? minuteOf(day, punch.at) : 0;
    const ok = applyPunch(day, punch.kind, t);
    if (!ok) {
      const date = day?.date ?? localDate(timeZone, new Date(punch.at));
      const time = localTime(punch.at, timeZone);
      problems.push({
        date,
        message: `The ${punch.kind.replace('_', ' ')} punch at ${time} was not expected: ${EXPECTED[punch.kind]} was.`,
        said: { code: 'payroll.unexpectedPunch', args: { kind: punch.kind, time } },
      });
    } else if (punch.kind === 'out' && day) close(day, true);
  }
  if (open) close(open, false);
  return { days, problems };
}

/** Ends the stretch of work running since `workFrom` at `t` (a stretch under a minute is dropped). */
function addWork(day: OpenDay, t: number) {
  if (day.workFrom !== null && t > day.workFrom) day.work.push({ start: day.workFrom, end: t });
  day.workFrom = null;
}

/** Moves an open workday along by one punch; false when the punch does not fit where it falls. */
function applyPunch(day: OpenDay | null, kind: PunchKind, t: number): boolean {
  if (!day) return false;
  switch (kind) {
    case 'meal_start':
      if (day.workFrom === null) return false;
      addWork(day, t);
      day.mealFrom = t;
      return true;
    case 'meal_end':
      if (day.mealFrom === null) return false;
      day.mealFrom = null;
      day.workFrom = t;
      return true;
    case 'rest_start':
      if (day.workFrom === null) return false;
      day.sawRest = true;
      day.restFrom = t;
      return true;
    case 'rest_end':
      if (day.restFrom === null) return false;
      day.rests.push({ start: day.restFrom, end: t });
      day.restFrom = null;
      return true;
    case 'out':
      if (day.workFrom === null) return day.mealFrom !== null;
      addWork(day, t);
      return true;
    default:
      return false;
  }
}
