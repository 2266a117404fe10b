import { z } from 'zod';
import { WeekCell } from './domain/cells.js';
import { CATEGORIES, METRIC_KEYS } from './domain/metrics.js';
import { METRIC_TIERS, ScoringProfileSchema, STANDINGS } from './domain/profile.js';

/** A week in a query: its Sunday, any day in it, or Amazon's name for it (2026-W48). */
export const WeekQuery = z.string().max(20).pipe(WeekCell);

const MetricKeyEnum = z.enum(METRIC_KEYS);
const Tier = z.enum(METRIC_TIERS).nullable();
const Standing = z.enum(STANDINGS).nullable();
export const MetricsOut = z.record(MetricKeyEnum, z.number().nullable());
const TiersOut = z.record(MetricKeyEnum, Tier);

export const WeekRefOut = z.object({
  week: z.string().describe('The Sunday the week starts on (Amazon’s Sunday-to-Saturday week)'),
  label: z.string().describe('Amazon’s name of the week, e.g. 2026-W48'),
  end: z.string(),
});

export const ProfileRefOut = z.object({
  name: z.string(),
  estimate: z.boolean(),
  effectiveWeek: z.string().nullable().describe('null: the default profile'),
});

/** The profile's goals, for the lines a chart draws. */
const GoalsOut = z.object({
  bands: z.object({ fantastic_plus: z.number(), fantastic: z.number(), great: z.number(), fair: z.number() }),
  goals: z.record(MetricKeyEnum, z.number().nullable()).describe('Each metric’s Fantastic threshold'),
});
const ProfileGoalsOut = ProfileRefOut.extend(GoalsOut.shape);

const AmazonOut = z.object({
  standing: z.string().nullable(),
  score: z.number().nullable(),
  tiers: z.partialRecord(MetricKeyEnum, z.string().nullable()),
  scores: z.partialRecord(MetricKeyEnum, z.number().nullable()),
});

export const AccuracyOut = z
  .object({
    das: z.number().describe('DA weeks where both Amazon’s score and ours are known'),
    meanAbsError: z.number().nullable().describe('Mean absolute difference from Amazon’s score, in points'),
    standingAgreement: z.number().nullable().describe('Share of those weeks with Amazon’s standing, 0–1'),
  })
  .describe('How far our estimate was from Amazon’s own figures over the weeks shown');

const StationRefOut = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const StationWeekOut = WeekRefOut.extend({
  station: StationRefOut,
  weeks: z.array(WeekRefOut),
  profile: ProfileGoalsOut,
  accuracy: AccuracyOut,
  das: z.array(
    z.object({
      id: z.string(),
      driverId: z.string().nullable(),
      transporterId: z.string(),
      name: z.string(),
      rank: z.number().nullable(),
      score: z.number().nullable().describe('Our estimate under the profile, 0–100'),
      standing: Standing,
      poorCount: z.number(),
      metrics: MetricsOut,
      tiers: TiersOut,
      amazon: AmazonOut.describe('Amazon’s figures as its file gives them'),
      trend: z.array(z.number().nullable()).describe('Our score over 12 weeks, oldest first'),
      safetyEvents: z.number(),
      feedback: z.number(),
    }),
  ),
});

const EstimateOut = z.object({ score: z.number().nullable(), standing: Standing, basis: z.string() });
const Tally = z.record(z.string(), z.number());

export const ScorecardOut = WeekRefOut.extend({
  station: StationRefOut,
  profile: ProfileRefOut,
  das: z.number(),
  estimate: EstimateOut,
  amazon: z
    .object({
      scorecardId: z.string(),
      standing: z.string().nullable(),
      score: z.number().nullable(),
      status: z.enum(['needs_entry', 'complete']),
    })
    .nullable()
    .describe('Amazon’s own overall for the DSP’s week, from its scorecard PDF; null: none uploaded'),
  categories: z.array(
    z.object({
      category: z.enum(CATEGORIES),
      label: z.string(),
      metrics: z.array(
        z.object({
          key: MetricKeyEnum,
          value: z.number().nullable(),
          tier: Tier,
          ourTiers: Tally,
          amazonTiers: Tally,
          das: z.number(),
        }),
      ),
    }),
  ),
});

export const NeedleOut = WeekRefOut.extend({
  station: StationRefOut,
  profile: ProfileRefOut,
  estimate: EstimateOut,
  items: z.array(
    z.object({
      id: z.string(),
      driverId: z.string().nullable(),
      transporterId: z.string(),
      name: z.string(),
      metric: MetricKeyEnum,
      value: z.number(),
      target: z.number(),
      tier: Tier,
      targetTier: z.enum(METRIC_TIERS),
      daPoints: z.number(),
      dspPoints: z.number(),
    }),
  ),
});

const TrendWeekOut = WeekRefOut.extend({
  data: z
    .object({
      stationId: z.string(),
      metrics: MetricsOut,
      tiers: TiersOut,
      score: z.number().nullable(),
      standing: Standing,
      amazon: AmazonOut,
    })
    .nullable(),
});

export const TrendOut = WeekRefOut.extend({
  driver: z.object({ id: z.string(), name: z.string(), transporterId: z.string().nullable() }),
  weeksWithData: z.array(WeekRefOut),
  profile: ProfileGoalsOut,
  accuracy: AccuracyOut,
  weeks: z.array(TrendWeekOut),
});

export const MyPerformanceOut = TrendOut.omit({ profile: true }).extend({
  language: z.enum(['en', 'es']),
  profile: z.object({ name: z.string(), estimate: z.boolean() }).extend(GoalsOut.shape),
  definitions: z.array(
    z.object({
      key: MetricKeyEnum,
      label: z.string(),
      unit: z.string(),
      direction: z.enum(['higher', 'lower']),
      definition: z.string(),
      thresholds: z.object({
        fantastic: z.number().nullable(),
        great: z.number().nullable(),
        fair: z.number().nullable(),
      }),
    }),
  ),
});

export const UnknownOut = z.object({
  items: z.array(
    z.object({
      transporterId: z.string(),
      name: z.string().nullable(),
      firstSeen: z.string(),
      lastSeen: z.string(),
      rows: z.number(),
      stationIds: z.array(z.string()),
      stations: z.array(z.string()),
      holder: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
});

export const LinkOut = z.object({
  transporterId: z.string(),
  driverId: z.string(),
  rows: z.object({ daWeeks: z.number(), safetyEvents: z.number(), customerFeedback: z.number() }),
});

export const ProfileOut = z.object({
  week: z.string(),
  inForce: z.object({ effectiveWeek: z.string().nullable(), profile: ScoringProfileSchema }),
  versions: z.array(
    z.object({ effectiveWeek: z.string(), createdAt: z.string(), createdBy: z.string().nullable() }),
  ),
  catalogue: z.array(
    z.object({
      key: MetricKeyEnum,
      label: z.string(),
      unit: z.string(),
      direction: z.enum(['higher', 'lower']),
      category: z.enum(CATEGORIES),
    }),
  ),
  defaultProfile: ScoringProfileSchema,
});

const AgreementOut = AccuracyOut.describe('Against Amazon’s scores of the weeks held out of the fit');

export const ProfileFitOut = z.object({
  fittedWeeks: z.array(WeekRefOut).describe('The weeks the weights were fitted to, oldest first'),
  heldOutWeeks: z.array(WeekRefOut).describe('The newest weeks, held out of the fit to measure it'),
  base: z.object({ name: z.string(), effectiveWeek: z.string().nullable() }),
  before: AgreementOut,
  after: AgreementOut,
  das: z.number().describe('DA weeks fitted (Amazon’s score known and not capped by a Poor metric)'),
  profile: ScoringProfileSchema.nullable().describe('Offered as a new version; null: too few weeks'),
  notes: z.array(z.object({ key: MetricKeyEnum, weight: z.number(), words: z.string() })),
  suggestedWeek: z.string().describe('The Sunday a saved version would take effect from, by default'),
});
