import type { DaWeeksTable } from '../db/schema.js';
import type { MetricKey, MetricValues } from './domain/metrics.js';
import { noMetrics } from './domain/metrics.js';
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
