import type { RoutesTable } from '../../db/schema.js';
import { instantAt, localTime } from '../../shared/dates.js';
import { addDays, minutesOfDay } from './calendar.js';

export interface CloseInput {
  /** Local wall-clock times on the route's business date; an end before the start is after midnight. */
  actualStart: string;
  actualEnd: string;
  stopsCompleted: number;
  packagesDelivered: number;
  packagesReturned: number;
}

/** The UTC instants of a route's actual start and end, entered as the station's local times. */
export function closeInstants(date: string, start: string, end: string, timeZone: string) {
  const endDate = minutesOfDay(end) < minutesOfDay(start) ? addDays(date, 1) : date;
  return { start: instantAt(date, start, timeZone), end: instantAt(endDate, end, timeZone) };
}

/** Minutes from one instant to another. */
const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

export interface CloseFigures {
  actualStart: string;
  actualEnd: string;
  actualMinutes: number;
  /** Actual minus planned: positive when the route ran long. */
  overrunMinutes: number;
  stopsCompleted: number | null;
  packagesDelivered: number | null;
  packagesReturned: number | null;
  closedBy: string | null;
  closedAt: string | null;
}

/** What a closed route's day was (null while open): the numbers payroll and money reconcile later. */
export function closeFigures(r: RoutesTable, timeZone: string): CloseFigures | null {
  if (!r.actual_start || !r.actual_end) return null;
  const actualMinutes = minutesBetween(r.actual_start, r.actual_end);
  return {
    actualStart: localTime(r.actual_start, timeZone),
    actualEnd: localTime(r.actual_end, timeZone),
    actualMinutes,
    overrunMinutes: actualMinutes - r.planned_minutes,
    stopsCompleted: r.stops_completed,
    packagesDelivered: r.packages_delivered,
    packagesReturned: r.packages_returned,
    closedBy: r.closed_by,
    closedAt: r.closed_at,
  };
}

/** Problems with a close, by field: figures that cannot all be true at once. */
export function checkClose(input: CloseInput, route: { stops: number | null; packages: number | null }) {
  const errors: { path: string; message: string }[] = [];
  if (input.actualStart === input.actualEnd) {
    errors.push({ path: 'actualEnd', message: 'The route cannot end when it started.' });
  }
  if (route.stops !== null && input.stopsCompleted > route.stops) {
    errors.push({ path: 'stopsCompleted', message: `More than the route’s ${route.stops} stops.` });
  }
  if (route.packages !== null && input.packagesDelivered + input.packagesReturned > route.packages) {
    errors.push({
      path: 'packagesReturned',
      message: `Delivered plus returned is more than the route’s ${route.packages} packages.`,
    });
  }
  return errors;
}
