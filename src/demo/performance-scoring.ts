import type { MetricKey, MetricValues } from '../performance/domain/metrics.js';
import {
  DEFAULT_PROFILE,
  type MetricRule,
  type MetricTier,
  type ScoringProfile,
} from '../performance/domain/profile.js';
import { scoreDa } from '../performance/domain/score.js';

/**
 * The tiers, scores and standing the demo's files give as Amazon's. Amazon publishes no formula, so
 * the demo plays Amazon with the community estimate, safety weights of its own (not our default's, so a
 * fit to the demo's files has something to find), thresholds for the metrics the estimate has none for,
 * and a harsher Poor cap (one Poor metric: Great at best; two: Fair; three: Poor). Our own estimate then
 * sits beside it in the app, close but not the same, as it would with real files.
 */

const withThresholds = (
  key: MetricKey,
  [fantastic, great, fair]: [number, number, number],
  weight: number,
  ifNoData = 0,
): MetricRule => ({
  ...DEFAULT_PROFILE.metrics[key],
  thresholds: { fantastic, great, fair },
  weight,
  ifNoData,
});

/** The demo's Amazon: FICO counts around 780, each event per 100 trips costs 15 to 30 points. */
const FICO_WEIGHT = 0.06;
const FICO_NEUTRAL = 780;

/** Events per 100 trips: none is Fantastic, about one in a thousand trips Great, two Fair, three Poor. */
const EVENT_RATE: [number, number, number] = [0.05, 0.12, 0.2];

export const DEMO_AMAZON_PROFILE: ScoringProfile = {
  ...DEFAULT_PROFILE,
  name: 'Demo stand-in for Amazon’s tiers',
  intercept: -60.88 - FICO_WEIGHT * FICO_NEUTRAL,
  poorCaps: { one: 78, twoOrMore: 50, penaltyPerPoor: 5, maxPenalty: 15 },
  metrics: {
    ...DEFAULT_PROFILE.metrics,
    fico: withThresholds('fico', [800, 750, 700], FICO_WEIGHT, FICO_NEUTRAL),
    speeding: withThresholds('speeding', EVENT_RATE, -25),
    distractions: withThresholds('distractions', EVENT_RATE, -25),
    sign_signal: withThresholds('sign_signal', EVENT_RATE, -15),
    following_distance: withThresholds('following_distance', EVENT_RATE, -30),
    // Per 100 routes: one unbelted stretch in a five-route week is Fair.
    seatbelt: withThresholds('seatbelt', [0, 10, 20], -0.25),
    dsb_dpmo: withThresholds('dsb_dpmo', [440, 880, 1500], 0),
    psb: withThresholds('psb', [0.99, 0.98, 0.95], 0),
  },
};

/** The worst value a metric may take and still not be Poor (its Fair threshold), for drawing good weeks. */
export const fairLimit = (key: MetricKey): number => DEMO_AMAZON_PROFILE.metrics[key].thresholds.fair ?? 0;

const TIER_SCORE: Record<MetricTier, number> = { fantastic: 100, great: 85, fair: 65, poor: 30 };

/** Each metric's share of the overall score as the dashboard's "Weight Applied" columns give it. */
const WEIGHTS: Partial<Record<MetricKey, number>> = {
  fico: 0.15,
  speeding: 0.06,
  seatbelt: 0.06,
  distractions: 0.06,
  sign_signal: 0.06,
  following_distance: 0.06,
  cdf_dpmo: 0.1,
  ced: 0.05,
  dcr: 0.2,
  dsb_dpmo: 0.05,
  pod: 0.1,
  psb: 0.05,
};

export interface AmazonFigures {
  tiers: Partial<Record<MetricKey, MetricTier | null>>;
  scores: Partial<Record<MetricKey, number | null>>;
  weights: Partial<Record<MetricKey, number>>;
  standing: string | null;
  overallScore: number | null;
}

/** A metric with no data weighs nothing; the others share its weight. */
function weightsApplied(metrics: MetricValues): Partial<Record<MetricKey, number>> {
  const keys = Object.keys(WEIGHTS) as MetricKey[];
  const total = keys.reduce((sum, k) => sum + (metrics[k] === null ? 0 : (WEIGHTS[k] ?? 0)), 0);
  return Object.fromEntries(
    keys.map((k) => [
      k,
      metrics[k] === null || total === 0 ? 0 : Math.round(((WEIGHTS[k] ?? 0) / total) * 1000) / 1000,
    ]),
  );
}

/** What the demo's dashboard file says Amazon made of a DA's week. */
export function amazonFigures(metrics: MetricValues): AmazonFigures {
  const scored = scoreDa(DEMO_AMAZON_PROFILE, metrics);
  const keys = Object.keys(WEIGHTS) as MetricKey[];
  return {
    tiers: Object.fromEntries(keys.map((k) => [k, scored.tiers[k]])),
    scores: Object.fromEntries(keys.map((k) => [k, scored.tiers[k] ? TIER_SCORE[scored.tiers[k]] : null])),
    weights: weightsApplied(metrics),
    standing: scored.standing,
    overallScore: scored.score === null ? null : Math.round(scored.score * 100) / 100,
  };
}
