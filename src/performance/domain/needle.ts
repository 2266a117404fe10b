import { METRIC_KEYS, type MetricKey, type MetricValues } from './metrics.js';
import type { MetricTier, ScoringProfile } from './profile.js';
import { dspWeights, scoreDa } from './score.js';
import { nextTier } from './tiers.js';

export interface NeedleDa {
  id: string;
  metrics: MetricValues;
}

export interface NeedleItem {
  id: string;
  metric: MetricKey;
  value: number;
  target: number;
  tier: MetricTier | null;
  targetTier: MetricTier;
  /** Points the DA's own score would gain. */
  daPoints: number;
  /** Points our estimate of the DSP's week would gain: the DA's gain times their share of deliveries. */
  dspPoints: number;
}

/** Gains smaller than this are float noise, not advice. */
const MIN_POINTS = 1e-6;

/**
 * What moves the needle: for every DA and metric, the points our estimate of the DSP's week would gain
 * if that DA reached the next tier on that metric next week (all else as this week), best first.
 * A gain may come from the metric's weight, from lifting a Poor cap, or both.
 */
export function whatMovesTheNeedle(
  profile: ScoringProfile,
  das: readonly NeedleDa[],
  limit: number,
): NeedleItem[] {
  const base = das.map((d) => ({ ...scoreDa(profile, d.metrics), delivered: d.metrics.delivered }));
  const weights = dspWeights(base);
  const total = weights.reduce((a, b) => a + b, 0);
  const items: NeedleItem[] = [];
  das.forEach((da, i) => {
    const before = base[i];
    if (!before || before.score === null || total === 0) return;
    for (const metric of METRIC_KEYS) {
      const value = da.metrics[metric];
      const next = nextTier(metric, profile.metrics[metric], value);
      if (value === null || !next) continue;
      const after = scoreDa(profile, { ...da.metrics, [metric]: next.value }).score;
      const daPoints = (after ?? before.score) - before.score;
      if (daPoints < MIN_POINTS) continue;
      items.push({
        id: da.id,
        metric,
        value,
        target: next.value,
        tier: before.tiers[metric],
        targetTier: next.tier,
        daPoints,
        dspPoints: (daPoints * (weights[i] as number)) / total,
      });
    }
  });
  return items.sort((a, b) => b.dspPoints - a.dspPoints || b.daPoints - a.daPoints).slice(0, limit);
}
