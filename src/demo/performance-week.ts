import { type MetricKey, type MetricValues, noMetrics } from '../performance/domain/metrics.js';
import {
  type CameraEvent,
  type DrawnEvent,
  type DrawnFeedback,
  type DrivenRoute,
  denominator,
  drawCameraEvents,
  drawEvents,
  drawFeedback,
  EVENT_METRICS,
  type EventMetric,
  poisson,
  sum,
  type WeekPhase,
} from './performance-events.js';
import type { DaLevel, DaPerformanceProfile } from './performance-profile.js';
import { fairLimit } from './performance-scoring.js';

/**
 * One demo DA's week on Amazon's scorecard, drawn on the routes they actually drove that week: what
 * happened on them (performance-events.ts), and the week's metrics computed from it, so the
 * dashboard's rates agree with the events and its CDF DPMO with the feedback rows. Pure.
 */

export interface DaWeek {
  events: DrawnEvent[];
  cameraEvents: CameraEvent[];
  feedback: DrawnFeedback[];
  concessions: DrawnFeedback[];
  metrics: MetricValues;
}

const DSB: Record<DaLevel, number> = { strong: 0.15, average: 0.5, weak: 2.2 };

const between = (rand: () => number, lo: number, hi: number) => lo + rand() * (hi - lo);
const ratio = (n: number) => Math.round(n * 10_000) / 10_000;

/** POD by level, and on the problem story's weeks when POD is the DA's problem. */
function podOf(rand: () => number, profile: DaPerformanceProfile, phase: WeekPhase): number {
  if (profile.problem === 'pod' && phase !== 'normal') {
    if (phase === 'bad') return between(rand, 0.86, 0.93);
    if (phase === 'recovering') return between(rand, 0.951, 0.965);
    return between(rand, 0.975, 0.993);
  }
  if (profile.level === 'strong') return between(rand, 0.985, 0.998);
  if (profile.level === 'average') return between(rand, 0.962, 0.99);
  return between(rand, 0.915, 0.962);
}

/** FICO from the DA's level, less for each risky event; a DA who is not weak stays above Fair. */
function ficoOf(
  rand: () => number,
  profile: DaPerformanceProfile,
  events: DrawnEvent[],
  bad: boolean,
): number {
  const base = {
    strong: between(rand, 825, 850),
    average: between(rand, 795, 830),
    weak: between(rand, 700, 790),
  }[profile.level];
  const cost: Record<EventMetric, number> = {
    speeding: 9,
    distractions: 8,
    following_distance: 5,
    sign_signal: 4,
    seatbelt: 3,
  };
  const fico = Math.round(base - events.reduce((n, e) => n + cost[e.metric], 0));
  const floor = profile.level === 'weak' || bad ? 100 : fairLimit('fico') + 15;
  return Math.min(850, Math.max(floor, fico));
}

/** Delivery defects (DSB) per million deliveries; at most one a week for a DA who is not weak. */
function dsbOf(rand: () => number, level: DaLevel, delivered: number): number {
  const drawn = poisson(rand, DSB[level]);
  const count =
    level === 'weak' ? drawn : Math.min(drawn, Math.floor((fairLimit('dsb_dpmo') * delivered) / 1e6), 1);
  return Math.round((count / delivered) * 1e6);
}

function metricsOf(
  rand: () => number,
  profile: DaPerformanceProfile,
  phase: WeekPhase,
  routes: DrivenRoute[],
  drawn: Pick<DaWeek, 'events' | 'feedback'>,
): MetricValues {
  const delivered = sum(routes, (r) => r.delivered);
  const returned = sum(routes, (r) => r.returned);
  // Amazon exempts some returns from DCR (Quality_RTS's exemption reasons): a DA who is not weak had
  // the odd bad day's returns exempted, so their DCR stays within Fair like their other metrics.
  const fair = fairLimit('dcr');
  const counted =
    profile.level === 'weak' ? returned : Math.min(returned, Math.floor((delivered * (1 - fair)) / fair));
  const dispatched = delivered + counted;
  const rate = (metric: EventMetric) => {
    const per = denominator(metric, routes);
    const n = drawn.events.filter((e) => e.metric === metric).length;
    return per === 0 ? null : Math.round((n / per) * 100 * 1000) / 1000;
  };
  const m = noMetrics();
  for (const metric of EVENT_METRICS) m[metric as MetricKey] = rate(metric);
  m.fico = ficoOf(rand, profile, drawn.events, phase === 'bad');
  m.delivered = delivered;
  m.dcr = dispatched === 0 ? null : ratio(delivered / dispatched);
  m.cdf_dpmo = delivered === 0 ? null : Math.round((drawn.feedback.length / delivered) * 1e6);
  m.ced = profile.level === 'weak' && rand() < 0.08 ? 1 : 0;
  m.pod = ratio(podOf(rand, profile, phase));
  m.dsb_dpmo = delivered === 0 ? null : dsbOf(rand, profile.level, delivered);
  // Most DAs have no pickups: the file says "-".
  m.psb = rand() < 0.2 ? ratio(between(rand, 0.975, 1)) : null;
  return m;
}

/** A DA's week on the routes they drove (at least one). */
export function drawDaWeek(
  rand: () => number,
  profile: DaPerformanceProfile,
  phase: WeekPhase,
  routes: DrivenRoute[],
): DaWeek {
  const events = drawEvents(rand, profile, phase, routes);
  const cameraEvents = drawCameraEvents(rand, profile.level, routes);
  const { feedback, concessions } = drawFeedback(
    rand,
    profile.level,
    routes,
    sum(routes, (r) => r.delivered),
  );
  const metrics = metricsOf(rand, profile, phase, routes, { events, feedback });
  return { events, cameraEvents, feedback, concessions, metrics };
}

/**
 * The phase of each of a DA's weeks, oldest first: the first week they drove at or after the problem's
 * onset is bad; after it a DA who responds recovers, one who does not stays bad.
 */
export function phasesOf(profile: DaPerformanceProfile, drove: readonly boolean[]): WeekPhase[] {
  let badAt: number | null = null;
  return drove.map((d, i) => {
    if (!profile.problem || i < profile.onsetWeek) return 'normal';
    if (badAt === null) {
      if (!d) return 'normal';
      badAt = i;
      return 'bad';
    }
    if (profile.coaching === 'does_not_respond') return 'bad';
    return i === badAt + 1 ? 'recovering' : 'recovered';
  });
}
