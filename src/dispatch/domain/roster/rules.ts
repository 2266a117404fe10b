import { hoursText, minutesOfDay } from '../calendar.js';
import { vanTypeLabel } from '../conflicts.js';
import { capBreaches, restBefore } from '../day-caps.js';
import type { RosterDriver, RosterRoute, RosterVan } from './instance.js';

/**
 * The hard rules of the roster, in one place: who may drive a route and which van may run it. The
 * solver, the brute force in the tests, the reasons and the pinned-pair warnings all ask these.
 */

/** A route and a DA or van belong together unless both name a station and the names differ. */
export const sameStation = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a === b;

export const overCap = (route: RosterRoute, driver: RosterDriver): boolean =>
  driver.weekMinutesWorked + route.plannedMinutes > driver.maxWeekMinutes;

/** The DA's recent work as the shared caps read it. */
const recentOf = (driver: RosterDriver) => ({
  pastSixDaysMinutes: driver.pastSixDaysMinutes ?? 0,
  yesterdayEndMinute: driver.yesterdayRouteEnd === undefined ? null : minutesOfDay(driver.yesterdayRouteEnd),
});

/** Minutes of rest the DA would have had since yesterday's route; null: no route yesterday. */
export const restMinutes = (route: RosterRoute, driver: RosterDriver): number | null =>
  restBefore(route, recentOf(driver));

/** The minutes in the 7 days ending today, with this route. */
export const sevenDayMinutes = (route: RosterRoute, driver: RosterDriver): number =>
  (driver.pastSixDaysMinutes ?? 0) + route.plannedMinutes;

export const overDayCap = (route: RosterRoute, driver: RosterDriver): boolean =>
  driver.maxDayMinutes !== undefined && route.plannedMinutes > driver.maxDayMinutes;

export const overSevenDayCap = (route: RosterRoute, driver: RosterDriver): boolean =>
  driver.maxSevenDayMinutes !== undefined && sevenDayMinutes(route, driver) > driver.maxSevenDayMinutes;

export const shortOfRest = (route: RosterRoute, driver: RosterDriver): boolean =>
  driver.minRestMinutes !== undefined &&
  (restMinutes(route, driver) ?? Number.POSITIVE_INFINITY) < driver.minRestMinutes;

/** The org's hard caps on the DA's day: 12 h a day, 60 h in 7 days, rest since yesterday (day-caps.ts). */
export const breaksDayCaps = (route: RosterRoute, driver: RosterDriver): boolean =>
  overDayCap(route, driver) || overSevenDayCap(route, driver) || shortOfRest(route, driver);

/** The caps the DA's day would break, in words without their name ("would have 9 h of rest …"). */
export const dayCapTexts = (route: RosterRoute, driver: RosterDriver): string[] =>
  capBreaches(route, recentOf(driver), {
    maxDayMinutes: driver.maxDayMinutes ?? Number.POSITIVE_INFINITY,
    maxSevenDayMinutes: driver.maxSevenDayMinutes ?? Number.POSITIVE_INFINITY,
    minRestMinutes: driver.minRestMinutes ?? 0,
  });

export const vanUsable = (van: RosterVan): boolean => van.ready && van.inspectionFailed !== true;

/** The fast check the solver runs for every route and DA (no allocation). */
export const canDrive = (route: RosterRoute, driver: RosterDriver): boolean =>
  driver.available &&
  sameStation(route.station, driver.station) &&
  driver.qualifiedVanTypes.includes(route.vanType) &&
  !overCap(route, driver) &&
  !breaksDayCaps(route, driver);

export const vanFits = (route: RosterRoute, van: RosterVan): boolean =>
  vanUsable(van) && van.type === route.vanType && sameStation(route.station, van.station);

export const daName = (driver: RosterDriver): string => driver.name ?? driver.id;
export const fmt = (n: number): string => n.toLocaleString('en-US');
/** "an edv", "a step_van": as the instance spells it, for the messages about the instance file. */
export const aVan = (type: string): string => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
/** "an EDV", "a step van": as a dispatcher says it. */
export const aVanType = (type: string): string => {
  const label = vanTypeLabel(type);
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
};

/** "Imani Clark would reach 41 h 50 min this week, past the 40 h cap". */
export const passesCapText = (route: RosterRoute, driver: RosterDriver): string =>
  `${daName(driver)} would reach ${hoursText(driver.weekMinutesWorked + route.plannedMinutes)} this week, past the ${hoursText(driver.maxWeekMinutes)} cap`;

/** Every hard rule the DA breaks on this route, in words; empty when they may drive it. */
export function driverProblems(route: RosterRoute, driver: RosterDriver): string[] {
  const name = daName(driver);
  const problems: string[] = [];
  if (!driver.available) problems.push(`${name} is not available today`);
  if (!driver.qualifiedVanTypes.includes(route.vanType))
    problems.push(`${name} is not qualified for ${aVanType(route.vanType)}`);
  if (overCap(route, driver)) problems.push(passesCapText(route, driver));
  for (const text of dayCapTexts(route, driver)) problems.push(`${name} ${text}`);
  if (!sameStation(route.station, driver.station))
    problems.push(`${name} works at ${driver.station}, the route is at ${route.station}`);
  return problems;
}

/** Every hard rule the van breaks on this route, in words; empty when it may run it. */
export function vanProblems(route: RosterRoute, van: RosterVan): string[] {
  const problems: string[] = [];
  if (van.type !== route.vanType)
    problems.push(`van ${van.id} is ${aVanType(van.type)}, not ${aVanType(route.vanType)}`);
  if (!van.ready) problems.push(`van ${van.id} is not ready`);
  if (van.inspectionFailed) problems.push(`van ${van.id} failed its inspection`);
  if (!sameStation(route.station, van.station))
    problems.push(`van ${van.id} is at ${van.station}, the route is at ${route.station}`);
  return problems;
}
