import { type Agreement, type AmazonWeek, fitWeights, profileAgreement, withWeights } from './fit.js';
import { METRIC, METRIC_KEYS, type MetricKey } from './metrics.js';
import type { ScoringProfile } from './profile.js';

/** A quarter of the weeks, the newest, is held out of the fit to measure it. */
const HELD_OUT_SHARE = 0.25;

export interface WeightNote {
  key: MetricKey;
  weight: number;
  /** The weight in a manager's words: what one step of the metric is worth in points. */
  words: string;
}

export interface FitReport {
  /** The weeks fitted on and the newer weeks held out to test it (Sundays, oldest first). */
  fittedWeeks: string[];
  heldOutWeeks: string[];
  /** The base profile and the fitted one, each against Amazon's scores of the held-out weeks. */
  before: Agreement;
  after: Agreement;
  /** What a manager would save as a new version; null when too few weeks carry Amazon's scores. */
  profile: ScoringProfile | null;
  notes: WeightNote[];
  /** DA weeks the fit used (Amazon's score known, not capped by a Poor metric). */
  das: number;
}

const points = (n: number) => `${Math.abs(n) < 0.1 ? Math.abs(n).toFixed(3) : Math.abs(n).toFixed(1)} points`;

/** One step a manager thinks in, for each unit, and how many of the metric's own units it is. */
function step(key: MetricKey): { size: number; words: string } {
  const { unit } = METRIC[key];
  if (unit === 'ratio') return { size: 0.01, words: 'each percentage point' };
  if (unit === 'rate')
    return {
      size: key === 'seatbelt' ? 1 : 0.1,
      words: key === 'seatbelt' ? 'each event per 100 routes' : 'each event per 1,000 trips',
    };
  if (unit === 'dpmo') return { size: 1000, words: 'each 1,000 DPMO' };
  if (unit === 'score') return { size: 10, words: 'each 10 points' };
  return key === 'delivered' ? { size: 1000, words: 'each 1,000 packages' } : { size: 1, words: 'each one' };
}

/** A weight in words: "Following distance rate: each event per 1,000 trips costs 2.1 points." */
export function weightInWords(profile: ScoringProfile, key: MetricKey, unchanged: boolean): string {
  const rule = profile.metrics[key];
  const label = METRIC[key].label;
  if (rule.weight === 0) {
    return unchanged
      ? `${label}: not counted (it did not vary in the weeks fitted).`
      : `${label}: not counted (Amazon’s scores did not move with it).`;
  }
  const { size, words } = step(key);
  // A scaled metric counts weight × (1 − value / scale): a step costs weight × size / scale.
  const perStep = rule.scale === null ? rule.weight * size : (-rule.weight * size) / rule.scale;
  const better = METRIC[key].direction === 'higher' ? 'more' : 'less';
  const verb = perStep >= 0 ? 'adds' : 'costs';
  const kept = unchanged ? ' (kept: it did not vary in the weeks fitted)' : '';
  return `${label}: ${words} ${verb} ${points(perStep)}; ${better} is better${kept}.`;
}

/**
 * Fits the base profile's weights to Amazon's scores of the older weeks and measures the result, and
 * the base, on the newest weeks held out (at least one; a single week cannot be split and is not fitted).
 */
export function fitReport(base: ScoringProfile, weeks: readonly AmazonWeek[], name: string): FitReport {
  const all = [...new Set(weeks.filter((w) => w.amazonScore !== null).map((w) => w.weekStart))].sort();
  const held =
    all.length < 2 ? [] : all.slice(all.length - Math.max(1, Math.round(all.length * HELD_OUT_SHARE)));
  const fittedWeeks = all.filter((w) => !held.includes(w));
  const test = weeks.filter((w) => held.includes(w.weekStart));
  const fit =
    held.length > 0
      ? fitWeights(
          base,
          weeks.filter((w) => fittedWeeks.includes(w.weekStart)),
        )
      : null;
  const profile = fit ? withWeights(base, fit, name) : null;
  return {
    fittedWeeks,
    heldOutWeeks: held,
    before: profileAgreement(base, test),
    after: profile ? profileAgreement(profile, test) : profileAgreement(base, []),
    profile,
    notes: profile
      ? METRIC_KEYS.map((key) => ({
          key,
          weight: profile.metrics[key].weight,
          words: weightInWords(profile, key, fit?.unchanged.includes(key) ?? false),
        }))
      : [],
    das: fit?.das ?? 0,
  };
}
