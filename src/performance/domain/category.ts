import { CATEGORIES, type Category, METRICS, type MetricKey, type MetricValues } from './metrics.js';
import type { MetricTier, ScoringProfile } from './profile.js';
import { metricTier } from './tiers.js';

export interface CategoryDa {
  metrics: MetricValues;
  ourTiers: Record<MetricKey, MetricTier | null>;
  amazonTiers: Partial<Record<MetricKey, string | null>>;
}

export interface CategoryMetric {
  key: MetricKey;
  /** Our estimate for the DSP: the sum for counts, else the delivery-weighted mean of the DAs with data. */
  value: number | null;
  tier: MetricTier | null;
  /** How many DAs sit in each tier, by our thresholds and by Amazon's file. */
  ourTiers: Record<string, number>;
  amazonTiers: Record<string, number>;
  das: number;
}

/** The DSP-level value of one metric over its DAs' weeks. */
function aggregate(key: MetricKey, das: readonly CategoryDa[], unit: string): number | null {
  const withData = das.filter((d) => d.metrics[key] !== null);
  if (withData.length === 0) return null;
  const values = withData.map((d) => d.metrics[key] as number);
  if (unit === 'count') return values.reduce((a, b) => a + b, 0);
  const weights = withData.map((d) => d.metrics.delivered ?? 0);
  const weighted = weights.some((w) => w > 0);
  const total = weighted ? weights.reduce((a, b) => a + b, 0) : values.length;
  return values.reduce((sum, v, i) => sum + v * (weighted ? (weights[i] as number) : 1), 0) / total;
}

function tally(tiers: readonly (string | null | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tiers) if (t) out[t] = (out[t] ?? 0) + 1;
  return out;
}

/**
 * The DSP's week by scorecard category: each metric as our estimate over the DAs, its tier under the
 * profile, and how many DAs are in each tier by our thresholds and by Amazon's own per-DA tiers.
 */
export function categoryView(
  profile: ScoringProfile,
  das: readonly CategoryDa[],
): { category: Category; metrics: CategoryMetric[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    metrics: METRICS.filter((m) => m.category === category).map((m) => {
      const value = aggregate(m.key, das, m.unit);
      return {
        key: m.key,
        value,
        tier: metricTier(m.key, profile.metrics[m.key], value),
        ourTiers: tally(das.map((d) => d.ourTiers[m.key])),
        amazonTiers: tally(das.map((d) => d.amazonTiers[m.key])),
        das: das.filter((d) => d.metrics[m.key] !== null).length,
      };
    }),
  }));
}
