import { addDays, weekStartOf } from '../../dispatch/domain/calendar.js';
import { ruleSetFor } from './rule-sets.js';
import type { StateCode, Workday, WorkweekResult } from './types.js';
import { intervalsFromClock } from './workday.js';
import { computeWorkweek, type WorkweekInput } from './workweek.js';

/** A workday from local `HH:MM` pairs worked: `day('2026-11-16', '06:00-11:00', '11:30-19:30')`. */
export function day(date: string, ...pairs: string[]): Workday {
  return { date, work: intervalsFromClock(pairs.map((p) => p.split('-') as [string, string])) };
}

/** The same day with rest breaks punched (`'09:00-09:10'`); `[]` records that none were taken. */
export const withRests = (workday: Workday, ...rests: string[]): Workday => ({
  ...workday,
  rests: intervalsFromClock(rests.map((p) => p.split('-') as [string, string])),
});

/** A Sunday-start workweek in `state` holding these days, with the default org caps. */
export function week(
  state: StateCode,
  days: Workday[],
  more: Partial<Omit<WorkweekInput, 'days' | 'rules'>> = {},
): WorkweekResult {
  const weekStart = more.weekStart ?? weekStartOf(days[0]?.date ?? '2026-11-15');
  return computeWorkweek({ weekStart, days, rules: ruleSetFor(state, weekStart), ...more });
}

/** Hours by pay code, as decimals, for short expectations. */
export const hoursOf = (r: WorkweekResult) => ({
  REG: r.minutes.REG / 60,
  OT: r.minutes.OT / 60,
  DT: r.minutes.DT / 60,
});

/** `n` consecutive days from `from`, each worked as the same pairs. */
export function days(from: string, n: number, ...pairs: string[]): Workday[] {
  return Array.from({ length: n }, (_, i) => day(addDays(from, i), ...pairs));
}
