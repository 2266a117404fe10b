import { METRIC_KEYS, type MetricKey, type MetricValues } from './metrics.js';
import type { MetricTier, ScoringProfile, Standing } from './profile.js';
import { metricTier, standingOf } from './tiers.js';

export interface DaScore {
  /** 0–100, or null when a metric the score needs has no data (DCR in the default profile). */
  score: number | null;
  standing: Standing | null;
  tiers: Record<MetricKey, MetricTier | null>;
  poorCount: number;
}

/** Each metric's tier under the profile. */
export function tiersOf(
  profile: ScoringProfile,
  metrics: MetricValues,
): Record<MetricKey, MetricTier | null> {
  return Object.fromEntries(
    METRIC_KEYS.map((k) => [k, metricTier(k, profile.metrics[k], metrics[k])]),
  ) as Record<MetricKey, MetricTier | null>;
}

/** The linear part of the score before clamping, or null when a weighted metric has no data and no default. */
function linearScore(profile: ScoringProfile, metrics: MetricValues): number | null {
  let total = profile.intercept;
  for (const key of METRIC_KEYS) {
    const rule = profile.metrics[key];
    if (rule.weight === 0) continue;
    const value = metrics[key] ?? rule.ifNoData;
    if (value === null) return null;
    total += rule.weight * (rule.scale === null ? value : Math.max(0, 1 - value / rule.scale));
  }
  return total;
}

/** The most a score may be with `poorCount` Poor metrics (100 with none). */
export function poorCap(caps: ScoringProfile['poorCaps'], poorCount: number): number {
  if (poorCount === 0) return 100;
  const penalty = Math.min(caps.maxPenalty, caps.penaltyPerPoor * poorCount);
  return (poorCount === 1 ? caps.one : caps.twoOrMore) - penalty;
}

/** A DA's week under the profile: the score (clamped to 0–100, capped for Poor metrics), standing and tiers. */
export function scoreDa(profile: ScoringProfile, metrics: MetricValues): DaScore {
  const tiers = tiersOf(profile, metrics);
  const poorCount = METRIC_KEYS.filter((k) => tiers[k] === 'poor').length;
  const linear = linearScore(profile, metrics);
  if (linear === null) return { score: null, standing: null, tiers, poorCount };
  const score = Math.min(Math.max(linear, 0), 100, poorCap(profile.poorCaps, poorCount));
  return { score, standing: standingOf(profile.bands, score), tiers, poorCount };
}

/**
 * How much each DA counts in the DSP's estimate: their packages delivered, since the scorecard's rates
 * are per delivery; equal weights when no DA's deliveries are known. DAs without a score count nothing.
 */
export function dspWeights(das: readonly { score: number | null; delivered: number | null }[]): number[] {
  const delivered = das.map((d) => (d.score === null ? 0 : (d.delivered ?? 0)));
  const known = delivered.some((w) => w > 0);
  return das.map((d, i) => (d.score === null ? 0 : known ? (delivered[i] as number) : 1));
}

/**
 * Our estimate of the DSP's week: the delivery-weighted mean of its DAs' scores. An estimate only:
 * Amazon's own score comes from its scorecard and is never replaced by this.
 */
export function dspEstimate(
  das: readonly { score: number | null; delivered: number | null }[],
): number | null {
  const weights = dspWeights(das);
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  return das.reduce((sum, d, i) => sum + (d.score ?? 0) * (weights[i] as number), 0) / total;
}

/** Standard competition ranks by score, best first (1, 2, 2, 4); no score, no rank. */
export function ranks(scores: readonly (number | null)[]): (number | null)[] {
  const sorted = scores.filter((s): s is number => s !== null).sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  sorted.forEach((s, i) => {
    if (!rankOf.has(s)) rankOf.set(s, i + 1);
  });
  return scores.map((s) => (s === null ? null : (rankOf.get(s) ?? null)));
}
