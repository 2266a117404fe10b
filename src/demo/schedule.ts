import {
  type AvailabilityException,
  type AvailabilityPattern,
  availabilityOn,
  type TimeOff,
} from '../dispatch/domain/availability.js';
import { addDays, minutesOfDay, timeOfMinutes, weekDates, weekStartOf } from '../dispatch/domain/calendar.js';
import { DEFAULT_RULES, routeShiftMinutes } from '../dispatch/domain/rules.js';
import type { ShiftKind } from '../dispatch/domain/shift-checks.js';
import type { Van } from '../fleet/store.js';
import { clearedToDrive } from '../people/domain/cleared.js';
import type { Driver } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { daysBetween, weekday } from '../shared/days.js';
import type { VanType } from '../shared/vans.js';
import { pick } from './random.js';
import { LONGEST_ROUTE_MINUTES, planRoutes, STEP_SHARE } from './routes.js';

/**
 * The demo's dispatch plan for one station, made before anything happens on it: each DA's weekly
 * availability, time off and dated exceptions; each day's routes; and the shifts that cover them (a
 * route shift per route, standbys, a few training shifts), from twelve weeks back to the end of next
 * week. Attendance, the rosters, day closes and inspections are then drawn on this plan, so the demo
 * tells one story. Pure apart from its random stream.
 */

/** Twelve weeks of history, as the people and inspection demos have. */
const PLAN_HISTORY_DAYS = 84;

/**
 * Route shifts are planned as long as their route (8–10 h), standbys as long as the day's routes on
 * average, so the week's hours on the schedule are what DAs work: a full-time DA's 40 h is four days
 * of such routes, not five 8 h shifts that the routes then run past. A ride-along is 8 h.
 */
const TRAINING_MINUTES = 480;

const RULES = DEFAULT_RULES;

export interface PlanStation {
  id: string;
  code: string;
  time_zone: string;
}

export interface DemoTimeOff extends TimeOff {
  requestedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface PlannedRoute {
  code: string;
  waveTime: string;
  stagingLocation: string;
  serviceType: string;
  plannedMinutes: number;
  stops: number;
  packages: number;
  vanType: VanType;
}

export interface PlannedShift {
  driverId: string;
  date: string;
  kind: ShiftKind;
  startTime: string;
  minutes: number;
  /** The day's route (index in its routes) the DA was planned to drive, for route shifts. */
  route: number | null;
  /** auto: the week's schedule; dispatch: called in on the day. */
  source: 'auto' | 'dispatch';
  note: string | null;
}

export interface DaPlan {
  driver: Driver;
  pattern: AvailabilityPattern;
  patternNote: string | null;
  exceptions: AvailabilityException[];
  timeOff: DemoTimeOff[];
  usualVanId: string | null;
  /** Every shift the DA has in the plan, by date. */
  shifts: Map<string, PlannedShift>;
}

export interface DayPlan {
  date: string;
  routes: PlannedRoute[];
  shifts: PlannedShift[];
  standbysWanted: number;
}

export interface StationPlan {
  station: PlanStation;
  today: string;
  first: string;
  last: string;
  waves: string[];
  das: DaPlan[];
  vans: Van[];
  days: DayPlan[];
}

export interface PlanInput {
  station: PlanStation;
  /** The station's DAs (any status) and vans still in the fleet. */
  drivers: Driver[];
  vans: Van[];
  /** DAs with a demo login: on a route today, so their phone shows one. */
  loginDriverIds: ReadonlySet<string>;
}

// ---- vans ------------------------------------------------------------------------------------------

/** Whether a van was out of the fleet or off the road on a date, by its status now and when it joined. */
export function vanOutOn(van: Van, zone: string, date: string): boolean {
  if (van.ownershipStart && date < van.ownershipStart) return true;
  return van.status !== 'active' && date >= localDate(zone, new Date(van.statusSince));
}

/** Vans a station keeps free of each type, for a pre-trip that fails or a van that breaks down. */
const SPARES: Record<VanType, number> = { edv: 2, cdv: 2, step_van: 1, rental: 0 };

/** How many routes of each type the station's vans can take on a date, spares kept back. */
function vanCapacity(vans: readonly Van[], zone: string, date: string): Record<VanType, number> {
  const cap: Record<VanType, number> = { edv: 0, cdv: 0, step_van: 0, rental: 0 };
  for (const v of vans) if (!vanOutOn(v, zone, date)) cap[v.vanType] += 1;
  for (const t of Object.keys(cap) as VanType[]) cap[t] = Math.max(0, cap[t] - SPARES[t]);
  return cap;
}

/**
 * Each DA's usual van: most DAs share one of the station's EDVs or CDVs with another DA, some step-van
 * drivers have a step van. Rentals come and go, so nobody calls one theirs.
 */
function assignUsualVans(rand: () => number, das: DaPlan[], vans: readonly Van[]) {
  const holders = new Map(vans.map((v) => [v.id, 0]));
  const least = (type: VanType) =>
    vans
      .filter((v) => v.vanType === type)
      .sort(
        (a, b) =>
          (holders.get(a.id) ?? 0) - (holders.get(b.id) ?? 0) || a.fleetNumber.localeCompare(b.fleetNumber),
      )[0];
  for (const da of das) {
    if (da.driver.status !== 'active') continue;
    const step = da.driver.vanTypes.includes('step_van') && rand() < 0.6;
    const van = least(step ? 'step_van' : rand() < 0.47 ? 'edv' : 'cdv');
    if (!van) continue;
    da.usualVanId = van.id;
    holders.set(van.id, (holders.get(van.id) ?? 0) + 1);
  }
}

// ---- availability ----------------------------------------------------------------------------------

const PART_TIME_NOTES = ['Part-time: classes on the other days.', 'Part-time: second job.', 'Part-time.'];

/**
 * Two fixed days off for most DAs; about one in six is part-time, asking for three or four days and
 * sometimes giving only four. A DA with a login can always work on today's weekday.
 */
function patternOf(
  rand: () => number,
  workToday: number | null,
): { p: AvailabilityPattern; note: string | null } {
  const partTime = rand() < 0.16;
  const offA = Math.floor(rand() * 7);
  const offB = (offA + 1 + Math.floor(rand() * 6)) % 7;
  const weekdays = Array.from({ length: 7 }, (_, d) => d !== offA && d !== offB);
  if (partTime && rand() < 0.5) weekdays[(offB + 1 + Math.floor(rand() * 5)) % 7] = false;
  if (workToday !== null && !weekdays[workToday]) {
    weekdays[workToday] = true;
    weekdays[(workToday + 3) % 7] = false;
  }
  const open = weekdays.flatMap((ok, d) => (ok ? [d] : []));
  const liked = new Set([pick(rand, open), pick(rand, open)]);
  return {
    p: {
      weekdays,
      preferredWeekdays: weekdays.map((_, d) => liked.has(d)),
      wantsDays: partTime ? 3 + Math.floor(rand() * 2) : RULES.maxDaysPerWeek,
    },
    note: partTime ? pick(rand, PART_TIME_NOTES) : null,
  };
}

const TIME_OFF_REASONS = ['Vacation', 'Family wedding', 'Moving house', 'Medical appointment', 'Court date'];
const UNAVAILABLE_NOTES = ['Court date', 'Kid’s graduation', 'DMV appointment', 'Car in the shop'];

interface Span {
  from: string;
  to: string;
}

/**
 * A few requests per station: approved time off in the past weeks and coming up, requests still
 * waiting for a manager (the schedule shows them), one denied; and some dated exceptions either way.
 */
function timeOffAndExceptions(rand: () => number, das: DaPlan[], today: string, span: Span) {
  const pool = das.filter((d) => d.driver.status === 'active').sort(() => rand() - 0.5);
  const at = (date: string, back: number) =>
    `${addDays(date, -back)}T17:${String(10 + Math.floor(rand() * 49))}:00.000Z`;
  const request = (da: DaPlan | undefined, first: string, days: number, status: TimeOff['status']) => {
    if (!da) return;
    const requestedAt = at(first, 12 + Math.floor(rand() * 18));
    da.timeOff.push({
      firstDate: first,
      lastDate: addDays(first, days - 1),
      reason: pick(rand, TIME_OFF_REASONS),
      status,
      requestedAt,
      decidedAt: status === 'pending' ? null : at(requestedAt.slice(0, 10), -1),
      decisionNote: status === 'denied' ? 'Too many DAs off that week already.' : null,
    });
  };
  const within = (from: string, to: string) =>
    addDays(from, Math.floor(rand() * (daysBetween(from, to) + 1)));
  for (let i = 0; i < 5; i++)
    request(
      pool.pop(),
      within(addDays(span.from, 7), addDays(today, -10)),
      2 + Math.floor(rand() * 4),
      'approved',
    );
  for (let i = 0; i < 3; i++)
    request(pool.pop(), within(addDays(today, 1), span.to), 1 + Math.floor(rand() * 3), 'approved');
  for (let i = 0; i < 3; i++)
    request(
      pool.pop(),
      within(addDays(today, 3), addDays(span.to, 7)),
      1 + Math.floor(rand() * 4),
      'pending',
    );
  request(pool.pop(), within(addDays(today, 5), span.to), 3, 'denied');
  for (let i = 0; i < 6; i++) {
    const da = pool.pop();
    if (!da) break;
    const date = i < 4 ? within(span.from, span.to) : within(addDays(today, 1), span.to);
    // The last two offer a day they normally have off.
    da.exceptions.push(
      i < 4
        ? { date, available: false, note: pick(rand, UNAVAILABLE_NOTES) }
        : { date, available: true, note: 'Can pick up an extra day.' },
    );
  }
}

// ---- the rules a shift keeps -------------------------------------------------------------------------

/**
 * Whether one more shift of `minutes` on `date` keeps the DA within the rules: days a week (the DA's
 * wish or the cap), 40 h a week, days in a row. Rest between shifts always holds: shifts start between
 * 08:40 (a ride-along) and 12:00 (the last wave) and last at most 10 h, so at least 10 h lie between two.
 */
export function withinRules(da: DaPlan, date: string, maxDays: number, minutes: number): boolean {
  if (da.shifts.has(date)) return false;
  const week = weekDates(weekStartOf(date)).flatMap((d) => da.shifts.get(d) ?? []);
  if (week.length + 1 > Math.min(maxDays, RULES.maxDaysPerWeek)) return false;
  if (week.reduce((m, s) => m + s.minutes, minutes) > RULES.maxWeekMinutes) return false;
  let run = 1;
  for (let d = addDays(date, -1); da.shifts.has(d); d = addDays(d, -1)) run++;
  for (let d = addDays(date, 1); da.shifts.has(d); d = addDays(d, 1)) run++;
  return run <= RULES.maxConsecutiveDays;
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
function urgency(rand: () => number, da: DaPlan, date: string): number {
  const week = weekDates(weekStartOf(date));
  const have = week.filter((d) => da.shifts.has(d)).length;
  const left = week.filter((d) => d >= date && available(da, d)).length;
  const liked = da.pattern.preferredWeekdays[weekday(date)] ? 0.15 : 0;
  return (da.pattern.wantsDays - have) / Math.max(1, left) + liked + rand() * 0.1;
}

// ---- days --------------------------------------------------------------------------------------------

export interface Candidate {
  da: DaPlan;
  types: VanType[];
}

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

function planDay(
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
function trainingShifts(rand: () => number, plan: StationPlan) {
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

/** Three to five waves 20 minutes apart, the first between 09:20 and 10:40 (sizing.md). */
function wavesOf(rand: () => number): string[] {
  const first = 9 * 60 + 20 + 20 * Math.floor(rand() * 5);
  return Array.from({ length: 3 + Math.floor(rand() * 3) }, (_, i) => timeOfMinutes(first + 20 * i));
}

/** The whole plan of one station, from twelve weeks back to the end of next week. */
export function planStation(rand: () => number, input: PlanInput): StationPlan {
  const { station } = input;
  const today = localDate(station.time_zone);
  const first = addDays(today, -PLAN_HISTORY_DAYS);
  const last = addDays(weekStartOf(today), 13);
  const das: DaPlan[] = input.drivers
    .filter((d) => d.status === 'active' || d.status === 'onboarding')
    .map((driver) => {
      const login = input.loginDriverIds.has(driver.id);
      const { p, note } = patternOf(rand, login ? weekday(today) : null);
      return {
        driver,
        pattern: p,
        patternNote: note,
        exceptions: [],
        timeOff: [],
        usualVanId: null,
        shifts: new Map(),
      };
    });
  const plan: StationPlan = {
    station,
    today,
    first,
    last,
    waves: wavesOf(rand),
    das,
    vans: input.vans,
    days: [],
  };
  assignUsualVans(rand, das, input.vans);
  timeOffAndExceptions(
    rand,
    das.filter((d) => !input.loginDriverIds.has(d.driver.id)),
    today,
    { from: first, to: last },
  );
  const base = 26 + Math.floor(rand() * 4);
  for (let date = first; date <= last; date = addDays(date, 1)) {
    plan.days.push(planDay(rand, plan, date, base, input.loginDriverIds));
  }
  trainingShifts(rand, plan);
  return plan;
}
