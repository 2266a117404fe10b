import { z } from 'zod';
import { DEFINITIONS } from './definitions.js';
import { METRIC, METRIC_KEYS, type MetricKey } from './metrics.js';

/** A metric's tier, best first; only the overall standing can be Fantastic Plus (scorecard.md). */
export const METRIC_TIERS = ['fantastic', 'great', 'fair', 'poor'] as const;
export type MetricTier = (typeof METRIC_TIERS)[number];
export const STANDINGS = ['fantastic_plus', 'fantastic', 'great', 'fair', 'poor'] as const;
export type Standing = (typeof STANDINGS)[number];

const Threshold = z.number().finite().min(0).nullable();

const MetricRuleSchema = z.strictObject({
  definition: z.strictObject({
    en: z.string().trim().min(1).max(600),
    es: z.string().trim().min(1).max(600),
  }),
  /** The value a DA must reach for each tier (ratios as fractions); null: not known, that tier is skipped. */
  thresholds: z.strictObject({ fantastic: Threshold, great: Threshold, fair: Threshold }),
  /** The threshold itself misses the tier ("under 1100" rather than "1100 or under"). */
  strict: z.boolean(),
  /** Points per unit of the metric in a DA's score (ratios as fractions); 0 leaves it out. */
  weight: z.number().finite().min(-1000).max(1000),
  /** Set: the metric counts as weight × max(0, 1 − value / scale) (CDF DPMO in the community formula). */
  scale: z.number().finite().positive().nullable(),
  /** What the score takes when the DA had no data (blank or "-"); null: no score without this metric. */
  ifNoData: z.number().finite().min(0).nullable(),
});
export type MetricRule = z.infer<typeof MetricRuleSchema>;

const metricRules = z.strictObject(
  Object.fromEntries(METRIC_KEYS.map((k) => [k, MetricRuleSchema])) as Record<
    MetricKey,
    typeof MetricRuleSchema
  >,
);

/**
 * How Stationhand estimates a DA's score and tiers: the metric catalogue's definitions, tier thresholds
 * and weights, a linear score clamped to 0–100, capped when metrics are Poor, and the score bands of
 * the overall standing. Versioned by the week it takes effect; an org without one uses the default.
 */
export const ScoringProfileSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120),
    /** Whether it is an estimate of Amazon's formula (the default is; Amazon publishes none). */
    estimate: z.boolean(),
    intercept: z.number().finite().min(-1000).max(1000),
    /** The lowest score of each standing above Poor. */
    bands: z.strictObject({
      fantastic_plus: z.number().min(0).max(100),
      fantastic: z.number().min(0).max(100),
      great: z.number().min(0).max(100),
      fair: z.number().min(0).max(100),
    }),
    /** A score with one Poor metric is at most `one` − penalty, with two or more `twoOrMore` − penalty. */
    poorCaps: z.strictObject({
      one: z.number().min(0).max(100),
      twoOrMore: z.number().min(0).max(100),
      /** Penalty per Poor metric, up to maxPenalty. */
      penaltyPerPoor: z.number().min(0).max(100),
      maxPenalty: z.number().min(0).max(100),
    }),
    metrics: metricRules,
  })
  .superRefine((p, ctx) => {
    const b = p.bands;
    if (!(b.fantastic_plus >= b.fantastic && b.fantastic >= b.great && b.great >= b.fair)) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands'],
        message: 'Each standing needs a score at least the next one’s.',
      });
    }
    for (const key of METRIC_KEYS) {
      if (!thresholdsInOrder(key, p.metrics[key].thresholds)) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', key, 'thresholds'],
          message: `${METRIC[key].label}: Fantastic must be ${METRIC[key].direction === 'higher' ? 'at least' : 'at most'} Great, and Great than Fair.`,
        });
      }
    }
  });
export type ScoringProfile = z.infer<typeof ScoringProfileSchema>;

/** Known thresholds run from Fantastic to Fair in the metric's bad direction. */
function thresholdsInOrder(key: MetricKey, t: MetricRule['thresholds']): boolean {
  const known = [t.fantastic, t.great, t.fair].filter((v): v is number => v !== null);
  const sign = METRIC[key].direction === 'higher' ? 1 : -1;
  return known.every((v, i) => i === 0 || sign * ((known[i - 1] as number) - v) >= 0);
}

const rule = (
  key: MetricKey,
  thresholds: [number | null, number | null, number | null],
  score: Partial<Pick<MetricRule, 'weight' | 'scale' | 'ifNoData' | 'strict'>> = {},
): MetricRule => ({
  definition: DEFINITIONS[key],
  thresholds: { fantastic: thresholds[0], great: thresholds[1], fair: thresholds[2] },
  strict: score.strict ?? false,
  weight: score.weight ?? 0,
  scale: score.scale ?? null,
  // null is a value here (no score without the metric): only a missing one defaults.
  ifNoData: score.ifNoData === undefined ? 0 : score.ifNoData,
});

const UNKNOWN: [null, null, null] = [null, null, null];

/** Points per event per 100 trips on a camera-rated metric: one event in 1,000 trips costs 2 points. */
const EVENT_WEIGHT = -20;
/** FICO counts around 800 (Amazon's Fantastic target): a DA without a FICO neither gains nor loses. */
const FICO_WEIGHT = 0.04;
const FICO_NEUTRAL = 800;

/**
 * The community's reverse-engineered estimate (shared scorecard.md, from EU files): thresholds where
 * known, `132.88·DCR + 10·max(0, 1 − CDF/10000) − 0.0024·DNR − 8.54·CE + 10·POD + 4·CC + 0.00045·Delivered
 * − 60.88`, Poor caps at 85 and 70. "Penalty ≤ 3" is read as 1 point per Poor metric, at most 3. A metric
 * with no data counts as no defects (what "-" means: no opportunities); DCR has no such default.
 * That formula weighs no safety metric, yet Safety & Compliance is about 45 % of Amazon's scorecard
 * (scorecard.md), so safety is added: ours, sized so a bad week on one camera metric (four events in
 * 750 trips) costs about 10 points, until a fit to the org's own Amazon scores replaces it.
 */
export const DEFAULT_PROFILE: ScoringProfile = {
  name: 'Community estimate with safety (not Amazon’s formula)',
  estimate: true,
  intercept: -60.88 - FICO_WEIGHT * FICO_NEUTRAL,
  bands: { fantastic_plus: 93, fantastic: 85, great: 70, fair: 40 },
  poorCaps: { one: 85, twoOrMore: 70, penaltyPerPoor: 1, maxPenalty: 3 },
  metrics: {
    fico: rule('fico', [800, null, null], { weight: FICO_WEIGHT, ifNoData: FICO_NEUTRAL }),
    // Per 100 routes, not trips: one unbelted stretch in a five-route week (20) costs 4 points.
    seatbelt: rule('seatbelt', UNKNOWN, { weight: -0.2 }),
    speeding: rule('speeding', UNKNOWN, { weight: EVENT_WEIGHT }),
    distractions: rule('distractions', UNKNOWN, { weight: EVENT_WEIGHT }),
    sign_signal: rule('sign_signal', UNKNOWN, { weight: EVENT_WEIGHT }),
    following_distance: rule('following_distance', UNKNOWN, { weight: EVENT_WEIGHT }),
    cdf_dpmo: rule('cdf_dpmo', [3680, 4450, 5460], { weight: 10, scale: 10_000 }),
    ced: rule('ced', [0, 0, 0], { weight: -8.54 }),
    dcr: rule('dcr', [0.995, 0.985, 0.97], { weight: 132.88, ifNoData: null }),
    dnr_dpmo: rule('dnr_dpmo', [1100, 1300, 1500], { weight: -0.0024, strict: true }),
    dsb_dpmo: rule('dsb_dpmo', UNKNOWN),
    pod: rule('pod', [0.97, 0.955, 0.94], { weight: 10, ifNoData: 1 }),
    contact_compliance: rule('contact_compliance', [0.985, 0.95, 0.7], { weight: 4, ifNoData: 1 }),
    psb: rule('psb', UNKNOWN),
    delivered: rule('delivered', UNKNOWN, { weight: 0.00045 }),
  },
};

export interface ProfileVersion {
  /** The Sunday it takes effect; null for the default, in force until an owner saves a version. */
  effectiveWeek: string | null;
  profile: ScoringProfile;
}

/** The profile in force in a week: the latest version effective on or before it, else the default. */
export function profileInForce(versions: readonly ProfileVersion[], week: string): ProfileVersion {
  let found: ProfileVersion = { effectiveWeek: null, profile: DEFAULT_PROFILE };
  for (const v of versions) {
    if (
      v.effectiveWeek !== null &&
      v.effectiveWeek <= week &&
      v.effectiveWeek > (found.effectiveWeek ?? '')
    ) {
      found = v;
    }
  }
  return found;
}
