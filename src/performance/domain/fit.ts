import { METRIC, METRIC_KEYS, type MetricKey, type MetricValues } from './metrics.js';
import type { ScoringProfile } from './profile.js';
import { scoreDa } from './score.js';

/** A DA week with Amazon's own figures for it, as the fit reads it. */
export interface AmazonWeek {
  weekStart: string;
  metrics: MetricValues;
  amazonScore: number | null;
  amazonStanding: string | null;
  /** Amazon's file put at least one metric in Poor: its score is capped, not the linear part alone. */
  amazonPoor: boolean;
}

/** How close a profile's scores come to Amazon's own on some DA weeks. */
export interface Agreement {
  /** DA weeks compared (both scores known). */
  das: number;
  /** Mean absolute difference in points, 0–100; null with nothing to compare. */
  meanAbsError: number | null;
  /** Share of those weeks where our standing is Amazon's, 0–1. */
  standingAgreement: number | null;
}

/** Our score and standing beside Amazon's, for the weeks where both are known. */
export function agreement(
  pairs: readonly {
    ours: number | null;
    ourStanding: string | null;
    amazon: number | null;
    amazonStanding: string | null;
  }[],
): Agreement {
  const known = pairs.filter((p) => p.ours !== null && p.amazon !== null);
  if (known.length === 0) return { das: 0, meanAbsError: null, standingAgreement: null };
  const error = known.reduce((s, p) => s + Math.abs((p.ours as number) - (p.amazon as number)), 0);
  const same = known.filter((p) => p.ourStanding !== null && p.ourStanding === p.amazonStanding).length;
  return { das: known.length, meanAbsError: error / known.length, standingAgreement: same / known.length };
}

/** A profile's agreement with Amazon on the weeks given, each scored as the profile says. */
export const profileAgreement = (profile: ScoringProfile, weeks: readonly AmazonWeek[]): Agreement =>
  agreement(
    weeks.map((w) => {
      const s = scoreDa(profile, w.metrics);
      return {
        ours: s.score,
        ourStanding: s.standing,
        amazon: w.amazonScore,
        amazonStanding: w.amazonStanding,
      };
    }),
  );

/** What a metric adds to the score before its weight: its value, or how far it is from its scale. */
function feature(profile: ScoringProfile, key: MetricKey, metrics: MetricValues): number | null {
  const rule = profile.metrics[key];
  const value = metrics[key] ?? rule.ifNoData;
  if (value === null) return null;
  return rule.scale === null ? value : Math.max(0, 1 - value / rule.scale);
}

/** The sign a weight must have: a better value never lowers the score. */
const signOf = (profile: ScoringProfile, key: MetricKey): 1 | -1 =>
  profile.metrics[key].scale !== null || METRIC[key].direction === 'higher' ? 1 : -1;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Coordinate-descent sweeps; the columns are standardised, so this converges well before. */
const SWEEPS = 2000;

/**
 * Least squares with a sign per weight (each metric may only move the score its own way), by cyclic
 * coordinate descent on standardised columns: deterministic, and exact enough for 15 weights. `x` holds
 * the columns, `y` the centred target; answers each column's weight on its standardised scale.
 */
function signedLeastSquares(
  x: readonly number[][],
  y: readonly number[],
  signs: readonly number[],
): number[] {
  const n = y.length;
  const b = x.map(() => 0);
  const residual = [...y];
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let moved = 0;
    x.forEach((col, j) => {
      const old = b[j] as number;
      let dot = 0;
      for (let i = 0; i < n; i++)
        dot += (col[i] as number) * ((residual[i] as number) + (col[i] as number) * old);
      const free = dot / n;
      const next = (signs[j] as number) * Math.max(0, (signs[j] as number) * free);
      if (next === old) return;
      for (let i = 0; i < n; i++) residual[i] = (residual[i] as number) - (col[i] as number) * (next - old);
      b[j] = next;
      moved = Math.max(moved, Math.abs(next - old));
    });
    if (moved < 1e-12) break;
  }
  return b;
}

export interface FittedWeights {
  intercept: number;
  weights: Record<MetricKey, number>;
  /** Metrics that did not vary over the weeks fitted: their weight is the base profile's, untouched. */
  unchanged: MetricKey[];
  /** DA weeks the fit used. */
  das: number;
}

/**
 * The weights and intercept that bring the profile's linear score closest to Amazon's own per-DA scores
 * (least squares, each weight signed so a better value never costs points). Only weeks Amazon scored
 * without a Poor metric and inside 0–100 are used: elsewhere its score is capped or clamped, not linear.
 * A metric with no spread in those weeks keeps the base's weight (nothing says otherwise). Null when
 * fewer weeks than weights are usable.
 */
export function fitWeights(base: ScoringProfile, weeks: readonly AmazonWeek[]): FittedWeights | null {
  const usable = weeks.filter(
    (w) =>
      w.amazonScore !== null &&
      !w.amazonPoor &&
      w.amazonScore > 0 &&
      w.amazonScore < 100 &&
      METRIC_KEYS.every((k) => feature(base, k, w.metrics) !== null),
  );
  const columns = METRIC_KEYS.map((k) => usable.map((w) => feature(base, k, w.metrics) as number));
  const spread = columns.map((col) => {
    const m = mean(col);
    return { m, sd: Math.sqrt(mean(col.map((v) => (v - m) ** 2))) };
  });
  const fitted = METRIC_KEYS.filter((_, j) => (spread[j]?.sd ?? 0) > 1e-9);
  if (usable.length <= fitted.length + 1) return null;
  const unchanged = METRIC_KEYS.filter((k) => !fitted.includes(k));
  const fixed = (w: AmazonWeek) =>
    unchanged.reduce((s, k) => s + base.metrics[k].weight * (feature(base, k, w.metrics) as number), 0);
  const target = usable.map((w) => (w.amazonScore as number) - fixed(w));
  const targetMean = mean(target);
  const z = fitted.map((k) => {
    const j = METRIC_KEYS.indexOf(k);
    const { m, sd } = spread[j] as { m: number; sd: number };
    return (columns[j] as number[]).map((v) => (v - m) / sd);
  });
  const b = signedLeastSquares(
    z,
    target.map((t) => t - targetMean),
    fitted.map((k) => signOf(base, k)),
  );
  const weights = Object.fromEntries(METRIC_KEYS.map((k) => [k, base.metrics[k].weight])) as Record<
    MetricKey,
    number
  >;
  let intercept = targetMean;
  fitted.forEach((k, i) => {
    const { m, sd } = spread[METRIC_KEYS.indexOf(k)] as { m: number; sd: number };
    weights[k] = (b[i] as number) / sd;
    intercept -= weights[k] * m;
  });
  return { intercept, weights, unchanged, das: usable.length };
}

/** The base profile with fitted weights and intercept; the rest (thresholds, caps, bands) is the base's. */
export function withWeights(base: ScoringProfile, fit: FittedWeights, name: string): ScoringProfile {
  const metrics = { ...base.metrics };
  for (const k of METRIC_KEYS) metrics[k] = { ...metrics[k], weight: fit.weights[k] };
  return { ...base, name, estimate: true, intercept: fit.intercept, metrics };
}
