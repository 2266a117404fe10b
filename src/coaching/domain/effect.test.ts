import { describe, expect, it } from 'vitest';
import { type ItemEffect, itemEffect, summarise, verdictOf } from './effect.js';

// Coaching issue, "did it work?": the measure's mean over the N weeks up to the item's week against the N
// weeks after; weeks without data left out; a change within 0.5% of the before value (or 0.001) is "same".

describe('verdictOf', () => {
  it('says improved or worse by the measure’s direction', () => {
    expect(verdictOf('higher', 0.95, 0.99)).toBe('improved');
    expect(verdictOf('higher', 0.99, 0.95)).toBe('worse');
    expect(verdictOf('lower', 3, 1)).toBe('improved');
    expect(verdictOf('lower', 1, 3)).toBe('worse');
  });

  it('calls a change within 0.5% of the before value, or within 0.001, the same', () => {
    expect(verdictOf('higher', 80, 80.3)).toBe('same'); // 0.5% of 80 is 0.4
    expect(verdictOf('higher', 80, 80.5)).toBe('improved');
    expect(verdictOf('lower', 80, 79.5)).toBe('improved');
    expect(verdictOf('lower', 0.1, 0.1009)).toBe('same'); // 0.5% of 0.1 is under 0.001
    expect(verdictOf('lower', 0.1, 0.102)).toBe('worse');
    // A completion rate's point matters: 98.3% to 99.25% is better, not the same.
    expect(verdictOf('higher', 0.983, 0.9925)).toBe('improved');
    expect(verdictOf('lower', 0, 0)).toBe('same');
  });

  it('is no_data without a before, not_yet without an after', () => {
    expect(verdictOf('higher', null, 3)).toBe('no_data');
    expect(verdictOf('higher', null, null)).toBe('no_data');
    expect(verdictOf('higher', 3, null)).toBe('not_yet');
  });
});

describe('itemEffect', () => {
  const values: Record<string, number | null> = {
    '2025-02-16': 4,
    '2025-02-23': null, // a week off: left out, not a clean week
    '2025-03-02': 2,
    '2025-03-09': 3, // the item's week
    '2025-03-16': 1,
    '2025-03-23': null,
    '2025-03-30': 0,
  };
  const valueAt = (w: string) => values[w] ?? null;

  it('takes the N weeks up to and with the item’s week against the N after, skipping weeks without data', () => {
    const e = itemEffect('2025-03-09', 4, 'lower', valueAt, '2025-04-06');
    expect(e.before.map((v) => v.week)).toEqual(['2025-02-16', '2025-02-23', '2025-03-02', '2025-03-09']);
    expect(e.after.map((v) => v.week)).toEqual(['2025-03-16', '2025-03-23', '2025-03-30', '2025-04-06']);
    expect(e.beforeMean).toBe(3); // (4 + 2 + 3) / 3
    expect(e.afterMean).toBe(0.5); // (1 + 0) / 2
    expect(e.verdict).toBe('improved');
  });

  it('sees no week after the last one with data: not_yet when none has come', () => {
    const partial = itemEffect('2025-03-09', 4, 'lower', valueAt, '2025-03-16');
    expect(partial.after.map((v) => v.week)).toEqual(['2025-03-16']);
    expect(partial.afterMean).toBe(1);
    const none = itemEffect('2025-03-09', 4, 'lower', valueAt, '2025-03-09');
    expect(none).toMatchObject({ after: [], afterMean: null, verdict: 'not_yet' });
  });

  it('is no_data when the DA had no week with data before', () => {
    expect(itemEffect('2025-01-05', 2, 'higher', valueAt, '2025-04-06').verdict).toBe('no_data');
  });
});

describe('summarise', () => {
  const effect = (before: (number | null)[], after: (number | null)[], verdict: ItemEffect['verdict']) => {
    const known = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
    const meanOf = (xs: (number | null)[]) =>
      known(xs).length ? known(xs).reduce((a, b) => a + b, 0) / known(xs).length : null;
    return {
      before: before.map((value, i) => ({ week: `b${i}`, value })),
      after: after.map((value, i) => ({ week: `a${i}`, value })),
      beforeMean: meanOf(before),
      afterMean: meanOf(after),
      verdict,
    };
  };

  it('counts verdicts and means over the items measured on both sides only', () => {
    const s = summarise(
      [
        effect([4, 2], [1, 1], 'improved'),
        effect([2, 2], [2, 3], 'worse'),
        effect([1, 1], [], 'not_yet'),
        effect([null, null], [5, 5], 'no_data'),
      ],
      2,
    );
    expect(s).toMatchObject({ items: 4, measured: 2, improved: 1, worse: 1, same: 0 });
    expect(s.beforeMean).toBe(2.5); // (3 + 2) / 2
    expect(s.afterMean).toBe(1.75); // (1 + 2.5) / 2
  });

  it('lays the series out from -N+1 (…0, the item’s week) to +N, each the mean of the items with data there', () => {
    const s = summarise([effect([4, 2], [1, null], 'improved'), effect([2, 4], [3, 3], 'worse')], 2);
    expect(s.series).toEqual([
      { offset: -1, mean: 3, count: 2 },
      { offset: 0, mean: 3, count: 2 },
      { offset: 1, mean: 2, count: 2 },
      { offset: 2, mean: 3, count: 1 },
    ]);
  });

  it('has an empty series and null means when nothing is measured', () => {
    const s = summarise([effect([1], [], 'not_yet')], 1);
    expect(s).toMatchObject({ items: 1, measured: 0, beforeMean: null, afterMean: null });
    expect(s.series).toEqual([
      { offset: 0, mean: null, count: 0 },
      { offset: 1, mean: null, count: 0 },
    ]);
  });
});
