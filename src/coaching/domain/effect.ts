import { addDays } from '../../dispatch/domain/calendar.js';

/**
 * Did coaching work? For an item opened in week W: the measure's mean over the N weeks up to and with W
 * (what the DA was coached on) against the N weeks after W. Weeks without data are left out, not
 * counted as zero. A change within 0.5% of the before value (or 0.001) is "same": noise is not a result
 * (a completion rate's tenth of a point still counts).
 */
export type Verdict = 'improved' | 'worse' | 'same' | 'not_yet' | 'no_data';

export interface WeekValue {
  week: string;
  value: number | null;
}

export interface ItemEffect {
  before: WeekValue[];
  after: WeekValue[];
  beforeMean: number | null;
  afterMean: number | null;
  verdict: Verdict;
}

const mean = (values: readonly WeekValue[]): number | null => {
  const known = values.flatMap((v) => (v.value === null ? [] : [v.value]));
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};

export function verdictOf(
  direction: 'higher' | 'lower',
  before: number | null,
  after: number | null,
): Verdict {
  if (before === null) return 'no_data';
  if (after === null) return 'not_yet';
  const change = after - before;
  if (Math.abs(change) <= Math.max(0.001, Math.abs(before) * 0.005)) return 'same';
  return change > 0 === (direction === 'higher') ? 'improved' : 'worse';
}

/** `valueAt(week)` is the DA's measure that week (null: no data); `lastWeek` bounds what "after" can see. */
export function itemEffect(
  week: string,
  weeks: number,
  direction: 'higher' | 'lower',
  valueAt: (week: string) => number | null,
  lastWeek: string,
): ItemEffect {
  const at = (offset: number): WeekValue => {
    const w = addDays(week, offset * 7);
    return { week: w, value: valueAt(w) };
  };
  const before = Array.from({ length: weeks }, (_, i) => at(i - weeks + 1));
  const after = Array.from({ length: weeks }, (_, i) => at(i + 1)).filter((v) => v.week <= lastWeek);
  const beforeMean = mean(before);
  const afterMean = mean(after);
  return { before, after, beforeMean, afterMean, verdict: verdictOf(direction, beforeMean, afterMean) };
}

export interface EffectSummary {
  items: number;
  /** Items with data both before and after. */
  measured: number;
  improved: number;
  worse: number;
  same: number;
  beforeMean: number | null;
  afterMean: number | null;
  /** The mean across measured items at each week from -N+1 (…0 = the cause week) to +N, for the chart. */
  series: { offset: number; mean: number | null; count: number }[];
}

/** Sums item effects: counts by verdict, and the means over the items measured on both sides. */
export function summarise(effects: readonly ItemEffect[], weeks: number): EffectSummary {
  const measured = effects.filter((e) => e.beforeMean !== null && e.afterMean !== null);
  const count = (v: Verdict) => measured.filter((e) => e.verdict === v).length;
  const series = Array.from({ length: weeks * 2 }, (_, i) => {
    const offset = i - weeks + 1;
    const values = measured.flatMap((e) => {
      const v = offset <= 0 ? e.before[offset + weeks - 1] : e.after[offset - 1];
      return v?.value === null || v === undefined ? [] : [v.value];
    });
    return {
      offset,
      mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
      count: values.length,
    };
  });
  return {
    items: effects.length,
    measured: measured.length,
    improved: count('improved'),
    worse: count('worse'),
    same: count('same'),
    beforeMean: mean(measured.map((e) => ({ week: '', value: e.beforeMean }))),
    afterMean: mean(measured.map((e) => ({ week: '', value: e.afterMean }))),
    series,
  };
}
