import { availabilityOn } from '../dispatch/domain/availability.js';
import { addDays, weekDates, weekStartOf } from '../dispatch/domain/calendar.js';
import { DEFAULT_RULES } from '../dispatch/domain/rules.js';
import { clearedToDrive } from '../people/domain/cleared.js';
import { weekday } from '../shared/days.js';
import type { VanType } from '../shared/vans.js';
import type { DaPlan } from './schedule.js';

/** Which DAs the demo's plan may put on a day: the rules a shift keeps, and who needs the day most. */

/**
 * Whether one more shift of `minutes` on `date` keeps the DA within the rules: days a week (the DA's
 * wish or the cap), 40 h a week, days in a row. Rest between shifts always holds: shifts start between
 * 08:40 (a ride-along) and 12:00 (the last wave) and last at most 10 h, so at least 10 h lie between two.
 */
export function withinRules(da: DaPlan, date: string, maxDays: number, minutes: number): boolean {
  if (da.shifts.has(date)) return false;
  const week = weekDates(weekStartOf(date)).flatMap((d) => da.shifts.get(d) ?? []);
  if (week.length + 1 > Math.min(maxDays, DEFAULT_RULES.maxDaysPerWeek)) return false;
  if (week.reduce((m, s) => m + s.minutes, minutes) > DEFAULT_RULES.maxWeekMinutes) return false;
  let run = 1;
  for (let d = addDays(date, -1); da.shifts.has(d); d = addDays(d, -1)) run++;
  for (let d = addDays(date, 1); da.shifts.has(d); d = addDays(d, 1)) run++;
  return run <= DEFAULT_RULES.maxConsecutiveDays;
}

const available = (da: DaPlan, date: string) =>
  availabilityOn(date, da.pattern, da.exceptions, da.timeOff).available;

/**
 * The van types a DA may drive on a date (hired, active, cleared, available), or null. `onDayOff`
 * also accepts a weekday the DA does not usually work (a DA called in), never time off or an exception.
 */
export function drivableTypes(da: DaPlan, date: string, onDayOff = false): VanType[] | null {
  const d = da.driver;
  if (d.status !== 'active' || !d.hireDate || d.hireDate > date) return null;
  const c = clearedToDrive(d, date);
  const a = availabilityOn(date, da.pattern, da.exceptions, da.timeOff);
  if (!c.cleared || !(a.available || (onDayOff && a.cause === 'pattern'))) return null;
  return c.vanTypes;
}

/** How badly a DA needs this day to reach the days they want this week, with their liked days first. */
export function urgency(rand: () => number, da: DaPlan, date: string): number {
  const week = weekDates(weekStartOf(date));
  const have = week.filter((d) => da.shifts.has(d)).length;
  const left = week.filter((d) => d >= date && available(da, d)).length;
  const liked = da.pattern.preferredWeekdays[weekday(date)] ? 0.15 : 0;
  return (da.pattern.wantsDays - have) / Math.max(1, left) + liked + rand() * 0.1;
}
