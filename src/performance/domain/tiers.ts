import { type Direction, METRIC, type MetricKey } from './metrics.js';
import type { MetricRule, MetricTier, ScoringProfile, Standing } from './profile.js';

/** The tiers a metric can reach, from the nearest above Poor to the best. */
const UPWARD = ['fair', 'great', 'fantastic'] as const;

/** Whether a value reaches a threshold in the metric's good direction (strict: the threshold misses). */
export function meets(direction: Direction, strict: boolean, value: number, threshold: number): boolean {
  if (direction === 'higher') return strict ? value > threshold : value >= threshold;
  return strict ? value < threshold : value <= threshold;
}

/**
 * A metric's tier under a profile: the best tier whose threshold the value reaches; Poor below a known
 * Fair threshold; null with no data, or when the known thresholds cannot tell (FICO under 800 when only
 * Fantastic's is known).
 */
export function metricTier(key: MetricKey, rule: MetricRule, value: number | null): MetricTier | null {
  if (value === null) return null;
  const { direction } = METRIC[key];
  for (const tier of ['fantastic', 'great', 'fair'] as const) {
    const threshold = rule.thresholds[tier];
    if (threshold !== null && meets(direction, rule.strict, value, threshold)) return tier;
  }
  return rule.thresholds.fair === null ? null : 'poor';
}

/** The overall standing of a score under the profile's bands. */
export function standingOf(bands: ScoringProfile['bands'], score: number): Standing {
  if (score >= bands.fantastic_plus) return 'fantastic_plus';
  if (score >= bands.fantastic) return 'fantastic';
  if (score >= bands.great) return 'great';
  if (score >= bands.fair) return 'fair';
  return 'poor';
}

const RANK: Record<MetricTier, number> = { poor: 0, fair: 1, great: 2, fantastic: 3 };

/**
 * The nearest tier above the value's with a known threshold, and the value that just reaches it (a
 * strict threshold is passed by the smallest step). Null when the value is already at the top, or has
 * no data, or no better tier is known.
 */
export function nextTier(
  key: MetricKey,
  rule: MetricRule,
  value: number | null,
): { tier: MetricTier; value: number } | null {
  if (value === null) return null;
  const current = metricTier(key, rule, value);
  const above = UPWARD.filter((t) => current === null || RANK[t] > RANK[current]);
  const tier = above.find(
    (t) =>
      rule.thresholds[t] !== null &&
      !meets(METRIC[key].direction, rule.strict, value, rule.thresholds[t] as number),
  );
  if (!tier) return null;
  const threshold = rule.thresholds[tier] as number;
  if (!rule.strict) return { tier, value: threshold };
  const step = Math.max(Math.abs(threshold), 1) * 1e-9;
  return { tier, value: METRIC[key].direction === 'higher' ? threshold + step : threshold - step };
}
