import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { StationsTable } from '../db/schema.js';
import { clearedToDrive } from '../people/domain/cleared.js';
import { failedSteps } from '../people/onboarding-store.js';
import { type Driver, listDriversInStatuses } from '../people/store.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { listExceptions, listPatterns, toException, toPattern } from './availability-store.js';
import {
  type AvailabilityPattern,
  availabilityOn,
  type DayAvailability,
  DEFAULT_PATTERN,
} from './domain/availability.js';
import { addDays, weekDates } from './domain/calendar.js';
import type { DispatchRules } from './domain/rules.js';
import { findRules } from './rules-store.js';
import { listDriverShifts, type Shift, toShift } from './schedule-store.js';
import { listTimeOff, toTimeOff } from './time-off-store.js';

export interface DriverDay {
  date: string;
  availability: DayAvailability;
  clearance: { cleared: boolean; reasons: string[]; vanTypes: string[] };
  shift: Shift | null;
}

export interface WeekDriver {
  driver: Driver;
  pattern: AvailabilityPattern;
  days: DriverDay[];
  /** The DA's shifts (not called out) from a week before to a week after: for rest and days in a row. */
  around: Shift[];
}

export interface WeekContext {
  station: StationsTable;
  weekStart: string;
  dates: string[];
  rules: DispatchRules;
  drivers: WeekDriver[];
}

/** DAs who can be put on a station's schedule: active ones, and onboarding ones for training. */
const SCHEDULABLE = ['active', 'onboarding'] as const;

/**
 * Everything a station's week needs, in a fixed number of queries: its DAs (home station), their
 * availability, time off, clearance on each day and shifts from a week before to a week after.
 * `onlyDriverIds` narrows it to some DAs (a single shift being checked).
 */
export async function loadWeekContext(
  db: Db,
  actor: Actor,
  stationId: string,
  weekStart: string,
  onlyDriverIds?: readonly string[],
): Promise<WeekContext> {
  const station = await visibleStation(db, actor, stationId);
  const dates = weekDates(weekStart);
  const from = addDays(weekStart, -7);
  const to = addDays(weekStart, 13);
  let drivers = await listDriversInStatuses(db, actor, [...SCHEDULABLE], stationId);
  if (onlyDriverIds) drivers = drivers.filter((d) => onlyDriverIds.includes(d.id));
  const ids = drivers.map((d) => d.id);
  const [rules, patterns, exceptions, timeOff, shifts, failed] = await Promise.all([
    findRules(db, actor.orgId),
    listPatterns(db, actor.orgId, ids),
    listExceptions(db, actor.orgId, ids, dates[0] as string, dates[6] as string),
    listTimeOff(db, actor.orgId, { driverIds: ids, from: dates[0], to: dates[6] }),
    listDriverShifts(db, actor.orgId, ids, from, to),
    failedSteps(db, actor.orgId, ids),
  ]);
  const patternOf = new Map(patterns.map((p) => [p.driver_id, toPattern(p)]));
  return {
    station,
    weekStart,
    dates,
    rules,
    drivers: drivers.map((driver) => {
      const pattern = patternOf.get(driver.id) ?? DEFAULT_PATTERN;
      const own = shifts.filter((s) => s.driver_id === driver.id).map(toShift);
      const ownExceptions = exceptions.filter((e) => e.driver_id === driver.id).map(toException);
      const ownTimeOff = timeOff.filter((t) => t.driver_id === driver.id).map(toTimeOff);
      const steps = failed.get(driver.id) ?? [];
      return {
        driver,
        pattern,
        around: own.filter((s) => s.status === 'scheduled'),
        days: dates.map((date) => ({
          date,
          availability: availabilityOn(date, pattern, ownExceptions, ownTimeOff),
          clearance: clearedToDrive({ ...driver, failedSteps: steps }, date),
          shift: own.find((s) => s.date === date) ?? null,
        })),
      };
    }),
  };
}
