import { localTime } from '../../shared/dates.js';
import { duration, money } from './text.js';
import type { PayCode, TimeSlice } from './types.js';
import type { Punch } from './workday.js';

/**
 * A DA's punches against the day's real work (issue 15, item 6), from what dispatch records of a
 * route: its wave, its plan, when it left and when its last stop was done (the day close). There is no
 * per-stop timeline, so a delivery's time is known only for the last one.
 */

export interface DayRoute {
  code: string;
  /** UTC instant of the route's wave. */
  waveAt: string;
  plannedMinutes: number;
  /** UTC instant the route left (the day close's actual start); null when not recorded. */
  actualStart: string | null;
  /** UTC instant the route's last stop was done (the day close's actual end); null while open. */
  actualEnd: string | null;
}

export type RouteCheckKind =
  | 'route_without_punches'
  | 'out_before_route_closed'
  | 'in_long_before_wave'
  | 'route_overrun'
  | 'meal_during_deliveries';

/** A punch in this long before the wave is time on the clock before any work is planned. */
export const EARLY_IN_MINUTES = 60;
/** A route this much past its plan (or less) is on plan: the close is rounded and the drive back varies. */
export const OVERRUN_GRACE_MINUTES = 15;

export interface RouteDay {
  timeZone: string;
  punches: readonly Punch[];
  routes: readonly DayRoute[];
  /** The day's time slices by pay code, to price an overrun at the pay code it was worked at. */
  slices: readonly TimeSlice[];
  /** The DA's hourly rate; null when not on file (the overrun is then in hours only). */
  hourlyCents: number | null;
}

export type AddFinding = (kind: RouteCheckKind, message: string, extra: Record<string, unknown>) => void;

const MULTIPLIER: Record<PayCode, number> = { REG: 1, OT: 1.5, DT: 2 };
const minutesBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 60_000);

/** The checks of a workday against its routes, each reported through `add` with its evidence. */
export function checkRoutes(day: RouteDay, add: AddFinding): void {
  if (day.routes.length === 0) return;
  if (day.punches.length === 0) {
    const codes = day.routes.map((r) => r.code);
    add('route_without_punches', `On route ${codes.join(', ')} with no punches.`, { routes: codes });
    return;
  }
  const times = (kind: Punch['kind']) =>
    day.punches
      .filter((p) => p.kind === kind)
      .map((p) => p.at)
      .sort();
  const firstIn = times('in')[0];
  const lastOut = times('out').at(-1);
  for (const r of day.routes) {
    if (firstIn && minutesBetween(firstIn, r.waveAt) > EARLY_IN_MINUTES)
      add(
        'in_long_before_wave',
        `Punched in at ${clock(day, firstIn)}, ${duration(minutesBetween(firstIn, r.waveAt))} before route ${r.code}'s wave at ${clock(day, r.waveAt)}.`,
        { route: r.code, wave: r.waveAt, punchIn: firstIn },
      );
    if (!r.actualEnd) continue;
    if (lastOut && Date.parse(lastOut) < Date.parse(r.actualEnd))
      add(
        'out_before_route_closed',
        `Punched out at ${clock(day, lastOut)}, before route ${r.code} ended at ${clock(day, r.actualEnd)}: time worked off the clock.`,
        { route: r.code, routeEnd: r.actualEnd, punchOut: lastOut },
      );
    overrun(day, r, r.actualEnd, add);
    mealOverDelivery(day, r, r.actualEnd, add);
  }
}

/** The route ran past its plan: the extra time in hours and, at the DA's rate and pay codes, dollars. */
function overrun(day: RouteDay, r: DayRoute, end: string, add: AddFinding) {
  const start = r.actualStart ?? r.waveAt;
  const over = minutesBetween(start, end) - r.plannedMinutes;
  if (over <= OVERRUN_GRACE_MINUTES) return;
  const byCode = lastMinutesByCode(day.slices, over);
  const cents =
    day.hourlyCents === null
      ? null
      : (Object.keys(byCode) as PayCode[]).reduce(
          (sum, code) =>
            sum + Math.round((byCode[code] * (day.hourlyCents as number) * MULTIPLIER[code]) / 60),
          0,
        );
  const parts = (Object.keys(byCode) as PayCode[])
    .filter((c) => byCode[c] > 0)
    .map((c) => `${duration(byCode[c])} ${c}`);
  const cost =
    cents === null ? 'no hourly rate on file' : `${money(cents)} at ${money(day.hourlyCents as number)}/h`;
  add(
    'route_overrun',
    `Route ${r.code} ran ${duration(over)} past its ${duration(r.plannedMinutes)} plan (${clock(day, start)} to ${clock(day, end)}): ${parts.join(' + ') || 'unpunched time'}, ${cost}.`,
    { route: r.code, plannedMinutes: r.plannedMinutes, overrunMinutes: over, minutesByCode: byCode, cents },
  );
}

const clock = (day: RouteDay, instant: string) => localTime(instant, day.timeZone);

/**
 * The pay codes of the last `minutes` worked in the day: an overrun is the end of the day. Time past
 * the punches (worked off the clock) is not in the slices and is left out here.
 */
export function lastMinutesByCode(slices: readonly TimeSlice[], minutes: number): Record<PayCode, number> {
  const out: Record<PayCode, number> = { REG: 0, OT: 0, DT: 0 };
  let left = minutes;
  for (const s of [...slices].sort((a, b) => b.end - a.end)) {
    if (left <= 0) break;
    const take = Math.min(left, s.end - s.start);
    out[s.payCode] += take;
    left -= take;
  }
  return out;
}

/** A meal punched across the route's last delivery: the DA was delivering during the meal. */
function mealOverDelivery(day: RouteDay, r: DayRoute, lastDelivery: string, add: AddFinding) {
  const sorted = [...day.punches].sort((a, b) => a.at.localeCompare(b.at));
  for (const [i, p] of sorted.entries()) {
    const end = sorted.slice(i + 1).find((q) => q.kind === 'meal_end');
    if (p.kind !== 'meal_start' || !end) continue;
    if (p.at < lastDelivery && lastDelivery < end.at)
      add(
        'meal_during_deliveries',
        `Meal punched ${clock(day, p.at)}–${clock(day, end.at)} while route ${r.code} recorded its last delivery at ${clock(day, lastDelivery)}.`,
        { route: r.code, mealStart: p.at, mealEnd: end.at, lastDelivery },
      );
  }
}
