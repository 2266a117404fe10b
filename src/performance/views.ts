import type { DaWeeksTable } from '../db/schema.js';
import { type Agreement, type AmazonWeek, agreement } from './domain/fit.js';
import { METRIC_KEYS, type MetricKey, type MetricValues, noMetrics } from './domain/metrics.js';
import type { ScoringProfile } from './domain/profile.js';
import type { FactWeek } from './domain/weekly.js';

/** A stored DA week as the domain reads it: metrics the row predates count as no data. */
export function factOf(row: DaWeeksTable): FactWeek {
  return {
    id: row.id,
    weekStart: row.week_start,
    metrics: { ...noMetrics(), ...(JSON.parse(row.metrics) as Partial<MetricValues>) },
  };
}

export interface AmazonFigures {
  standing: string | null;
  score: number | null;
  tiers: Partial<Record<MetricKey, string | null>>;
  scores: Partial<Record<MetricKey, number | null>>;
}

/** What Amazon's file said of the DA's week, as given. */
export const amazonOf = (row: DaWeeksTable): AmazonFigures => ({
  standing: row.overall_standing,
  score: row.overall_score,
  tiers: JSON.parse(row.amazon_tiers) as AmazonFigures['tiers'],
  scores: JSON.parse(row.amazon_scores) as AmazonFigures['scores'],
});

/** Scores are shown to two decimals (a DSP's gain in points to three): finer is noise in an estimate. */
export function rounded(n: number, digits?: number): number;
export function rounded(n: number | null, digits?: number): number | null;
export function rounded(n: number | null, digits = 2): number | null {
  return n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits;
}

/** A stored DA week with Amazon's own figures, as the fit and the agreement read it. */
export function amazonWeekOf(row: DaWeeksTable): AmazonWeek {
  const amazon = amazonOf(row);
  return {
    weekStart: row.week_start,
    metrics: factOf(row).metrics,
    amazonScore: amazon.score,
    amazonStanding: amazon.standing,
    amazonPoor: Object.values(amazon.tiers).includes('poor'),
  };
}

/** How far our scores of these DA weeks were from Amazon's own, rounded for showing. */
export function accuracyOf(
  weeks: readonly { row: DaWeeksTable; score: number | null; standing: string | null }[],
): Agreement {
  const a = agreement(
    weeks.map((w) => ({
      ours: w.score,
      ourStanding: w.standing,
      amazon: w.row.overall_score,
      amazonStanding: w.row.overall_standing,
    })),
  );
  return {
    ...a,
    meanAbsError: rounded(a.meanAbsError, 1),
    standingAgreement: rounded(a.standingAgreement, 3),
  };
}

/** What a chart draws as goal lines: the standings' scores, and each metric's Fantastic threshold. */
export const profileGoals = (profile: ScoringProfile) => ({
  bands: profile.bands,
  goals: Object.fromEntries(METRIC_KEYS.map((k) => [k, profile.metrics[k].thresholds.fantastic])) as Record<
    MetricKey,
    number | null
  >,
});
