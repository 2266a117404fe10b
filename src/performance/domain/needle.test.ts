import { describe, expect, it } from 'vitest';
import { whatMovesTheNeedle } from './needle.js';
import { DEFAULT_PROFILE } from './profile.js';
import { scoreDa } from './score.js';
import { fantasticWeek } from './testing.js';

const das = [
  // Poor on DCR: reaching Fair (97%) adds 132.88 × 0.01 and lifts the cap of 84.
  { id: 'ana', metrics: fantasticWeek({ dcr: 0.96, delivered: 1000 }) },
  // Great on DCR: reaching Fantastic adds 132.88 × 0.005.
  { id: 'ben', metrics: fantasticWeek({ dcr: 0.99, delivered: 3000 }) },
  // Perfect: nothing to gain.
  { id: 'cy', metrics: fantasticWeek({ delivered: 1000 }) },
];

describe('what moves the needle', () => {
  const items = whatMovesTheNeedle(DEFAULT_PROFILE, das, 10);

  it('lists each DA × metric below its top tier, with the target that reaches the next tier', () => {
    expect(items.map((i) => [i.id, i.metric, i.tier, i.targetTier, i.target])).toEqual([
      ['ana', 'dcr', 'poor', 'fair', 0.97],
      ['ben', 'dcr', 'great', 'fantastic', 0.995],
    ]);
  });

  it('counts the DA’s gain whole and the DSP’s by the DA’s share of deliveries', () => {
    const ana = items[0];
    const before = scoreDa(DEFAULT_PROFILE, das[0]?.metrics ?? fantasticWeek()).score as number;
    const after = scoreDa(DEFAULT_PROFILE, fantasticWeek({ dcr: 0.97, delivered: 1000 })).score as number;
    expect(before).toBe(84); // capped
    expect(ana?.daPoints).toBeCloseTo(after - before, 10);
    expect(ana?.dspPoints).toBeCloseTo(((after - before) * 1000) / 5000, 10);
    expect(items[1]?.dspPoints).toBeCloseTo((132.88 * 0.005 * 3000) / 5000, 10);
  });

  it('ranks by the DSP’s points and keeps the top N', () => {
    expect(whatMovesTheNeedle(DEFAULT_PROFILE, das, 1).map((i) => i.id)).toEqual(['ana']);
  });

  it('counts a Poor cap lifted even where the metric weighs nothing in the score', () => {
    const profile = structuredClone(DEFAULT_PROFILE);
    profile.metrics.fico.thresholds = { fantastic: 800, great: 750, fair: 700 };
    profile.metrics.fico.weight = 0;
    profile.intercept = -60.88;
    const [top] = whatMovesTheNeedle(profile, [{ id: 'dee', metrics: fantasticWeek({ fico: 650 }) }], 5);
    expect(top).toMatchObject({ metric: 'fico', tier: 'poor', targetTier: 'fair', target: 700 });
    expect(top?.daPoints).toBeCloseTo(96.45 - 84, 10);
  });

  it('has nothing to say without scores', () => {
    expect(
      whatMovesTheNeedle(DEFAULT_PROFILE, [{ id: 'x', metrics: fantasticWeek({ dcr: null }) }], 5),
    ).toEqual([]);
  });
});
