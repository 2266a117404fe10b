import { METRIC_LABELS } from '../../../src/performance/domain/metric-names.js';
import type { Accuracy, MetricKey, Standing, Unit } from './api.js';

/** Each metric's unit, for showing its values (the server's catalogue says the same). */
export const UNITS: Record<MetricKey, Unit> = {
  fico: 'score',
  seatbelt: 'rate',
  speeding: 'rate',
  distractions: 'rate',
  sign_signal: 'rate',
  following_distance: 'rate',
  cdf_dpmo: 'dpmo',
  ced: 'count',
  dcr: 'ratio',
  dnr_dpmo: 'dpmo',
  dsb_dpmo: 'dpmo',
  pod: 'ratio',
  contact_compliance: 'ratio',
  psb: 'ratio',
  delivered: 'count',
};

export { METRIC_LABELS };

/** Amazon's tier names, in English in both languages: they are what the scorecard prints. */
export const TIER_LABELS: Record<Standing, string> = {
  fantastic_plus: 'Fantastic Plus',
  fantastic: 'Fantastic',
  great: 'Great',
  fair: 'Fair',
  poor: 'Poor',
};

/** Standings some Cortex exports give instead. */
const AMAZON_WORDS: Record<string, string> = {
  ...TIER_LABELS,
  platinum: 'Platinum',
  gold: 'Gold',
  silver: 'Silver',
  bronze: 'Bronze',
};

export const amazonTierLabel = (tier: string | null | undefined): string =>
  tier ? (AMAZON_WORDS[tier] ?? tier) : '—';

export const TIER_TONES: Record<string, 'good' | 'bad' | 'neutral' | 'warn'> = {
  fantastic_plus: 'good',
  fantastic: 'good',
  platinum: 'good',
  gold: 'good',
  great: 'neutral',
  silver: 'neutral',
  fair: 'warn',
  bronze: 'warn',
  poor: 'bad',
};

/** The tiers best first, for tallies. */
export const TIER_ORDER: readonly string[] = ['fantastic_plus', 'fantastic', 'great', 'fair', 'poor'];

/** A metric's value as people read it: shares as percentages, DPMO and counts with separators. */
export function formatMetric(key: MetricKey, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  switch (UNITS[key]) {
    case 'ratio':
      return `${(value * 100).toLocaleString('en-US', { maximumFractionDigits: 2 })}%`;
    case 'rate':
      return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
    default:
      return Math.round(value).toLocaleString('en-US');
  }
}

export const formatScore = (score: number | null | undefined): string =>
  score === null || score === undefined ? '—' : score.toFixed(1);

/** Our estimate's measured error, in a sentence: what a manager weighs it by. */
export function accuracyText(a: Accuracy): string {
  if (a.meanAbsError === null || a.standingAgreement === null) {
    return 'No week here has both Amazon’s score and ours yet, so our estimate’s error is not measured.';
  }
  return `Our estimate was off by ${a.meanAbsError.toFixed(1)} points on average from Amazon’s score over ${a.das} DA weeks, with Amazon’s standing in ${Math.round(a.standingAgreement * 100)}% of them.`;
}
