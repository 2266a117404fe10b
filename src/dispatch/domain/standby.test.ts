import { describe, expect, it } from 'vitest';
import { binomialAtLeast, missRates, planStandbys } from './standby.js';

describe('binomialAtLeast', () => {
  it('matches hand-computed binomial tails', () => {
    // X ~ Bin(3, 0.5): P(X ≥ 2) = (3 + 1) / 8
    expect(binomialAtLeast(3, 0.5, 2)).toBeCloseTo(0.5, 12);
    // P(X ≥ 1) = 1 − 0.9^4
    expect(binomialAtLeast(4, 0.1, 1)).toBeCloseTo(1 - 0.9 ** 4, 12);
    expect(binomialAtLeast(5, 0.3, 0)).toBe(1);
    expect(binomialAtLeast(5, 0.3, 6)).toBe(0);
  });

  it('stays a probability for a large group day', () => {
    const p = binomialAtLeast(620, 0.95, 600);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
  });
});

describe('missRates', () => {
  it('counts misses per weekday, pulled toward 5% when there is little history', () => {
    // 2026-11-30 is a Monday, 2026-12-01 a Tuesday.
    const history = [
      ...Array.from({ length: 80 }, (_, i) => ({ date: '2026-11-30', missed: i < 8 })),
      { date: '2026-12-01', missed: false },
    ];
    const rates = missRates(history);
    expect(rates[1]).toMatchObject({ shifts: 80, missed: 8 });
    expect(rates[1]?.rate).toBeCloseTo((8 + 1) / 100, 12);
    expect(rates[2]?.rate).toBeCloseTo(1 / 21, 12);
    expect(rates[0]?.rate).toBeCloseTo(0.05, 12);
  });
});

describe('planStandbys', () => {
  const rates = missRates(Array.from({ length: 100 }, (_, i) => ({ date: '2026-11-30', missed: i < 10 })));

  it('recommends the fewest standbys that reach the target, and no more', () => {
    const plan = planStandbys({ date: '2026-12-07', routes: 25, routeDas: 25, standbys: 1 }, rates, 0.98);
    expect(plan.missRate).toBeCloseTo(11 / 120, 12);
    expect(plan.coverage).toBeCloseTo(binomialAtLeast(26, 1 - 11 / 120, 25), 12);
    const k = plan.recommendedStandbys;
    expect(binomialAtLeast(25 + k, 1 - 11 / 120, 25)).toBeGreaterThanOrEqual(0.98);
    expect(binomialAtLeast(25 + k - 1, 1 - 11 / 120, 25)).toBeLessThan(0.98);
    expect(plan.coverageWithRecommended).toBeGreaterThanOrEqual(0.98);
  });

  it('recommends standbys for the day with every route scheduled, not to fill routes nobody was put on', () => {
    const empty = planStandbys({ date: '2026-12-07', routes: 25, routeDas: 0, standbys: 0 }, rates, 0.98);
    const full = planStandbys({ date: '2026-12-07', routes: 25, routeDas: 25, standbys: 0 }, rates, 0.98);
    expect(empty.recommendedStandbys).toBe(full.recommendedStandbys);
    expect(empty.coverage).toBe(0);
  });

  it('needs no standby for a day without routes', () => {
    const plan = planStandbys({ date: '2026-12-07', routes: 0, routeDas: 0, standbys: 0 }, rates, 0.98);
    expect(plan).toMatchObject({ coverage: 1, recommendedStandbys: 0 });
  });
});
