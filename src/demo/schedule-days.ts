import { addDays, minutesOfDay, timeOfMinutes, weekDates, weekStartOf } from '../dispatch/domain/calendar.js';
import { routeShiftMinutes } from '../dispatch/domain/rules.js';
import type { ShiftKind } from '../dispatch/domain/shift-checks.js';
import { weekday } from '../shared/days.js';
import { LONGEST_ROUTE_MINUTES, planRoutes, STEP_SHARE } from './routes.js';
import type { Candidate, DaPlan, DayPlan, PlannedRoute, PlannedShift, StationPlan } from './schedule.js';
import { drivableTypes, urgency, withinRules } from './schedule-rules.js';
import { vanCapacity } from './schedule-vans.js';

/** Each day of the demo's plan: its routes, the DAs chosen for them, standbys and ride-alongs. */

/**
 * Route shifts are planned as long as their route (8–10 h), standbys as long as the day's routes on
 * average, so the week's hours on the schedule are what DAs work: a full-time DA's 40 h is four days
 * of such routes, not five 8 h shifts that the routes then run past. A ride-along is 8 h.
 */
const TRAINING_MINUTES = 480;

/** Routes a station gets: 25–30 on weekdays, a few fewer on Saturdays, far fewer on Sundays (sizing.md). */
const DAY_SHARE = [0.65, 1, 1, 1, 1, 1, 0.95];

/** Standbys a day: more where callouts cluster (Mondays, Saturdays). */
const standbysOn = (rand: () => number, date: string) =>
  ([2, 2, 1, 1, 1, 2, 2][weekday(date)] as number) + (rand() < 0.35 ? 1 : 0);

/**
 * The DAs scheduled on a day: those who most need the day, with enough step-van drivers among them
 * for the step-van routes the station's vans allow. Logins work today, whatever the dice say.
 */
function chooseDas(
  rand: () => number,
  plan: StationPlan,
  date: string,
  wanted: number,
  stepWanted: number,
  loginIds: ReadonlySet<string>,
): Candidate[] {
  const ranked = plan.das
    .flatMap((da) => {
      // Routes are planned after the DAs are chosen: room for the longest keeps every DA within 40 h.
      const types = withinRules(da, date, da.pattern.wantsDays, LONGEST_ROUTE_MINUTES)
        ? drivableTypes(da, date)
        : null;
      if (!types) return [];
      const first = date === plan.today && loginIds.has(da.driver.id) ? 10 : 0;
      return [{ da, types, score: first + urgency(rand, da, date) }];
    })
    .sort((a, b) => b.score - a.score);
  const steps = ranked.filter((c) => c.types.includes('step_van')).slice(0, stepWanted);
  const rest = ranked.filter((c) => !steps.includes(c)).slice(0, Math.max(0, wanted - steps.length));
  return [...steps, ...rest];
}

export function planDay(
  rand: () => number,
  plan: StationPlan,
  date: string,
  base: number,
  loginIds: ReadonlySet<string>,
): DayPlan {
  const zone = plan.station.time_zone;
  const cap = vanCapacity(plan.vans, zone, date);
  const volume = Math.round(base * (DAY_SHARE[weekday(date)] ?? 1) + (rand() - 0.5) * 4);
  const routesWanted = Math.min(volume, cap.edv + cap.cdv + cap.step_van + cap.rental);
  const standbys = standbysOn(rand, date);
  const chosen = chooseDas(
    rand,
    plan,
    date,
    routesWanted + standbys,
    Math.min(cap.step_van, Math.round(routesWanted * STEP_SHARE)),
    loginIds,
  );
  const routeCount = Math.min(routesWanted, chosen.length);
  const { routes, drivers } = planRoutes(rand, {
    date,
    waves: plan.waves,
    cap,
    count: routeCount,
    das: chosen,
    vans: plan.vans,
  });
  const shifts: PlannedShift[] = [];
  drivers.forEach((c, i) => {
    const route = routes[i] as PlannedRoute;
    shifts.push(shiftOf(c.da, date, 'route', route.waveTime, i, route.plannedMinutes));
  });
  const standbyMinutes = routeShiftMinutes(routes.map((r) => r.plannedMinutes)) ?? LONGEST_ROUTE_MINUTES;
  for (const c of chosen.filter((x) => !drivers.includes(x)))
    shifts.push(shiftOf(c.da, date, 'standby', plan.waves[0] as string, null, standbyMinutes));
  return { date, routes, shifts, standbysWanted: standbys };
}

function shiftOf(
  da: DaPlan,
  date: string,
  kind: ShiftKind,
  startTime: string,
  route: number | null,
  minutes: number,
): PlannedShift {
  const shift: PlannedShift = {
    driverId: da.driver.id,
    date,
    kind,
    startTime,
    minutes,
    route,
    source: 'auto',
    note: kind === 'training' ? 'Ride-along with a trainer.' : null,
  };
  da.shifts.set(date, shift);
  return shift;
}

/** Onboarding DAs ride along with a trainer once or twice a week around now. */
export function trainingShifts(rand: () => number, plan: StationPlan) {
  const byDate = new Map(plan.days.map((d) => [d.date, d]));
  const start = timeOfMinutes(minutesOfDay(plan.waves[0] as string) - 40);
  for (const da of plan.das.filter((d) => d.driver.status === 'onboarding')) {
    for (let date = addDays(plan.today, -4); date <= plan.last; date = addDays(date, 1)) {
      const week = weekDates(weekStartOf(date)).filter((d) => da.shifts.has(d)).length;
      if (weekday(date) === 0 || weekday(date) === 6 || week >= 2 || rand() > 0.3) continue;
      byDate.get(date)?.shifts.push(shiftOf(da, date, 'training', start, null, TRAINING_MINUTES));
    }
  }
}
