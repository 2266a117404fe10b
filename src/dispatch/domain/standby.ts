import { weekday } from './calendar.js';

/** One past scheduled driving shift (route or standby) and whether the DA failed to come. */
export interface ShiftOutcome {
  date: string;
  missed: boolean;
}

export interface MissRate {
  weekday: number;
  shifts: number;
  missed: number;
  /** Estimated probability that one scheduled DA does not come on that weekday. */
  rate: number;
}

/**
 * A prior worth 20 shifts at 5% (sizing: plan for 3–8% callouts), so a weekday with little history
 * is not planned as if nobody ever calls out; with 12 weeks of a station's history the data dominates.
 */
const PRIOR_SHIFTS = 20;
const PRIOR_RATE = 0.05;

/** Callout and no-show rate per weekday (Sunday = 0) from a station's own history. */
export function missRates(history: readonly ShiftOutcome[]): MissRate[] {
  const rates = Array.from({ length: 7 }, (_, d) => ({ weekday: d, shifts: 0, missed: 0, rate: 0 }));
  for (const h of history) {
    const r = rates[weekday(h.date)] as MissRate;
    r.shifts += 1;
    if (h.missed) r.missed += 1;
  }
  for (const r of rates) r.rate = (r.missed + PRIOR_SHIFTS * PRIOR_RATE) / (r.shifts + PRIOR_SHIFTS);
  return rates;
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed in log space so large n stay exact enough. */
export function binomialAtLeast(n: number, p: number, k: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p >= 1) return 1;
  if (p <= 0) return 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logC = 0; // log C(n, 0)
  let total = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
    if (i >= k) total += Math.exp(logC + i * logP + (n - i) * logQ);
  }
  return Math.min(1, total);
}

export interface StandbyPlan {
  date: string;
  routes: number;
  /** DAs scheduled to drive routes, and standbys scheduled. */
  routeDas: number;
  standbys: number;
  missRate: number;
  expectedMisses: number;
  /** Probability that enough of the scheduled DAs come to cover every route. */
  coverage: number;
  /** Standbys needed in all to reach the target (never fewer than zero). */
  recommendedStandbys: number;
  coverageWithRecommended: number;
}

/** The largest standby count considered: beyond it the week has a staffing problem, not a standby one. */
const MAX_STANDBYS = 30;

/**
 * How many standbys a day needs so that, with each scheduled DA missing independently at the
 * weekday's rate, at least `routes` DAs come with probability ≥ target. The recommendation assumes
 * every route gets a DA scheduled for it (a route short of a DA is a scheduling gap, not a standby's
 * job); the coverage is that of the schedule as it is.
 */
export function planStandbys(
  day: { date: string; routes: number; routeDas: number; standbys: number },
  rates: readonly MissRate[],
  target: number,
): StandbyPlan {
  const missRate = rates[weekday(day.date)]?.rate ?? PRIOR_RATE;
  const show = 1 - missRate;
  const coverageWith = (routeDas: number, standbys: number) =>
    binomialAtLeast(routeDas + standbys, show, day.routes);
  const fullDay = Math.max(day.routeDas, day.routes);
  let recommended = 0;
  while (recommended < MAX_STANDBYS && coverageWith(fullDay, recommended) < target) recommended++;
  return {
    ...day,
    missRate,
    expectedMisses: (day.routeDas + day.standbys) * missRate,
    coverage: coverageWith(day.routeDas, day.standbys),
    recommendedStandbys: recommended,
    coverageWithRecommended: coverageWith(fullDay, recommended),
  };
}
