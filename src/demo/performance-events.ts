import type { DaLevel, DaPerformanceProfile } from './performance-profile.js';
import { fairLimit } from './performance-scoring.js';

/**
 * What happened on the routes a demo DA drove in a week: the camera's events (each on a route day,
 * inside the route's hours, in the route's van), negative feedback and concessions on delivery days,
 * as many as the DA's level and the week's place in their problem story make likely. Pure.
 */

/** A route the DA drove and closed, as the demo's dispatch history has it. */
export interface DrivenRoute {
  date: string;
  start: Date;
  end: Date;
  vin: string | null;
  fleetNumber: string | null;
  stops: number;
  delivered: number;
  returned: number;
}

/**
 * Where the week sits in the DA's problem story: normal (no problem, or before it shows), bad (the
 * first bad week, and every week after for a DA who does not respond), recovering (the week after
 * coaching) and recovered (the weeks after that).
 */
export type WeekPhase = 'normal' | 'bad' | 'recovering' | 'recovered';

/** The metrics the camera's events feed (scorecard.md's mapping), and what Cortex calls them. */
export const EVENT_METRICS = [
  'speeding',
  'following_distance',
  'distractions',
  'sign_signal',
  'seatbelt',
] as const;
export type EventMetric = (typeof EVENT_METRICS)[number];

export interface DrawnEvent {
  metric: EventMetric;
  route: DrivenRoute;
  at: Date;
}

export interface CameraEvent {
  type: string;
  severity: string;
  route: DrivenRoute;
  at: Date;
}

export interface DrawnFeedback {
  route: DrivenRoute;
  type: string;
}

/** Events per 100 trips (a trip: one stop to the next) of an average DA; seatbelt per route. */
const EVENT_BASE: Record<EventMetric, number> = {
  speeding: 0.05,
  following_distance: 0.045,
  distractions: 0.03,
  sign_signal: 0.035,
  seatbelt: 1.5,
};
const LEVEL_FACTOR: Record<DaLevel, number> = { strong: 0.35, average: 0.8, weak: 2.6 };

const FEEDBACK_TYPES = [
  'Package mishandled',
  'Driver was unprofessional',
  'Delivered to wrong address',
  'Package not received',
  'Did not follow delivery instructions',
  'Package left in an unsafe place',
];
const CONCESSION_TYPES = ['Delivered not received', 'Damaged package', 'Missing item'];
const CAMERA_TYPES = [
  'Hard Braking',
  'Hard Turn',
  'Hard Acceleration',
  'Driver Star',
  'Camera Obstruction',
  'Roadside Parking',
  'Backing',
  'High G',
];
/** Negative feedback per million deliveries, by level. */
const CDF_RATE: Record<DaLevel, number> = { strong: 900, average: 2100, weak: 5600 };
const CONCESSIONS: Record<DaLevel, number> = { strong: 0.2, average: 0.45, weak: 1.3 };
/**
 * The camera's own minor and positive events a week (sizing.md: most events are minor); a DA who is not
 * weak gets each kind at most once a week, so none of them makes a bad week on its own.
 */
const CAMERA: Record<DaLevel, number> = { strong: 2.5, average: 4, weak: 7.5 };

/** A Poisson count (Knuth's method; the means here are small). */
export function poisson(rand: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
}

export const sum = (routes: readonly DrivenRoute[], f: (r: DrivenRoute) => number) =>
  routes.reduce((n, r) => n + f(r), 0);

/** The trips or routes a metric's rate is per. */
export const denominator = (metric: EventMetric, routes: readonly DrivenRoute[]) =>
  metric === 'seatbelt' ? routes.length : sum(routes, (r) => r.stops);

/**
 * How many events of a metric: a DA who is not weak has at most one a week, and none that would put the
 * rate past Fair; the problem metric has three to six in a bad week (enough for the coaching rules of
 * two or three in seven days), and once recovered as few as a strong DA's.
 */
function eventCount(
  rand: () => number,
  profile: DaPerformanceProfile,
  phase: WeekPhase,
  metric: EventMetric,
  routes: readonly DrivenRoute[],
): number {
  const per = denominator(metric, routes);
  const problem = profile.problem === metric;
  if (problem && phase === 'bad') return 3 + Math.floor(rand() * 4);
  const level = problem && phase === 'recovered' ? 'strong' : profile.level;
  const drawn = poisson(rand, (EVENT_BASE[metric] * LEVEL_FACTOR[level] * per) / 100);
  if (profile.level === 'weak') return drawn;
  const cap = Math.min(1, Math.floor((fairLimit(metric) * per) / 100));
  return Math.min(drawn, cap);
}

/** An instant inside the route's hours, clear of its first and last ten minutes. */
function during(rand: () => number, route: DrivenRoute): Date {
  const from = route.start.getTime() + 600_000;
  const to = Math.max(from, route.end.getTime() - 600_000);
  return new Date(Math.floor((from + rand() * (to - from)) / 1000) * 1000);
}

const onSomeRoute = (rand: () => number, routes: readonly DrivenRoute[]) =>
  routes[Math.floor(rand() * routes.length)] as DrivenRoute;

/** `count` of `types`, a DA who is not weak never twice the same in a week (twice would be a bad week). */
function typesFor(rand: () => number, types: readonly string[], count: number, repeat: boolean): string[] {
  const pool = [...types].sort(() => rand() - 0.5);
  if (!repeat) return pool.slice(0, count);
  return Array.from({ length: count }, () => types[Math.floor(rand() * types.length)] as string);
}

export function drawEvents(
  rand: () => number,
  profile: DaPerformanceProfile,
  phase: WeekPhase,
  routes: DrivenRoute[],
) {
  const events: DrawnEvent[] = [];
  for (const metric of EVENT_METRICS) {
    const n = eventCount(rand, profile, phase, metric, routes);
    for (let i = 0; i < n; i++) {
      const route = onSomeRoute(rand, routes);
      events.push({ metric, route, at: during(rand, route) });
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export function drawCameraEvents(rand: () => number, level: DaLevel, routes: DrivenRoute[]): CameraEvent[] {
  const types = typesFor(rand, CAMERA_TYPES, poisson(rand, CAMERA[level]), level === 'weak');
  return types.map((type) => {
    const route = onSomeRoute(rand, routes);
    const severity =
      type === 'Driver Star'
        ? 'Positive'
        : (['Low', 'Low', 'Medium', 'High'][Math.floor(rand() * 4)] as string);
    return { type, severity, route, at: during(rand, route) };
  });
}

/** Negative feedback: a DA who is not weak stays within CDF's Fair threshold. */
export function drawFeedback(rand: () => number, level: DaLevel, routes: DrivenRoute[], delivered: number) {
  const drawn = poisson(rand, (CDF_RATE[level] * delivered) / 1e6);
  const cap = Math.floor((fairLimit('cdf_dpmo') * delivered) / 1e6);
  const count = level === 'weak' ? drawn : Math.min(drawn, cap, FEEDBACK_TYPES.length);
  const feedback = typesFor(rand, FEEDBACK_TYPES, count, level === 'weak').map((type) => ({
    route: onSomeRoute(rand, routes),
    type,
  }));
  const concessions = typesFor(rand, CONCESSION_TYPES, poisson(rand, CONCESSIONS[level]), level === 'weak')
    .slice(0, level === 'weak' ? undefined : 1)
    .map((type) => ({ route: onSomeRoute(rand, routes), type }));
  return { feedback, concessions };
}
