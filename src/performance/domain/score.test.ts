import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './profile.js';
import { dspEstimate, poorCap, ranks, scoreDa } from './score.js';
import { fantasticWeek } from './testing.js';

// The community formula of shared scorecard.md:
// 132.88·DCR + 10·max(0, 1 − CDF/10000) − 0.0024·DNR − 8.54·CE + 10·POD + 4·CC + 0.00045·Delivered − 60.88
const score = (over: Parameters<typeof fantasticWeek>[0]) => scoreDa(DEFAULT_PROFILE, fantasticWeek(over));

describe('a DA’s score under the default profile (community estimate)', () => {
  it('works the formula through for a perfect week', () => {
    // 132.88 + 10 + 10 + 4 + 0.45 − 60.88
    expect(score({}).score).toBeCloseTo(96.45, 10);
    expect(score({}).standing).toBe('fantastic_plus');
  });

  it('works it through with every term in play', () => {
    // 132.88·0.99 + 10·(1 − 2000/10000) − 0.0024·1000 + 10·0.98 + 4·0.99 + 0.00045·1500 − 60.88
    const s = score({
      dcr: 0.99,
      cdf_dpmo: 2000,
      dnr_dpmo: 1000,
      pod: 0.98,
      contact_compliance: 0.99,
      delivered: 1500,
    });
    expect(s.score).toBeCloseTo(131.5512 + 8 - 2.4 + 9.8 + 3.96 + 0.675 - 60.88, 10);
    expect(s.poorCount).toBe(0);
    expect(s.tiers).toMatchObject({
      dcr: 'great',
      cdf_dpmo: 'fantastic',
      dnr_dpmo: 'fantastic',
      pod: 'fantastic',
    });
  });

  it('counts CDF only down to zero: 10·max(0, 1 − CDF/10000)', () => {
    expect(score({ cdf_dpmo: 10_000 }).score).toBeCloseTo(score({ cdf_dpmo: 25_000 }).score as number, 10);
  });

  it('caps one Poor metric at 85 − 1 and two at 70 − 2, the penalty at most 3', () => {
    const onePoor = score({ dcr: 0.96 }); // 91.13 before the cap
    expect(onePoor).toMatchObject({ score: 84, poorCount: 1, standing: 'great' });
    expect(score({ dcr: 0.96, pod: 0.9 })).toMatchObject({ score: 68, poorCount: 2, standing: 'fair' });
    expect(score({ dcr: 0.96, pod: 0.9, ced: 1 })).toMatchObject({ score: 67, poorCount: 3 });
    expect(score({ dcr: 0.96, pod: 0.9, ced: 1, cdf_dpmo: 6000 })).toMatchObject({ score: 67, poorCount: 4 });
    expect(poorCap(DEFAULT_PROFILE.poorCaps, 0)).toBe(100);
  });

  it('keeps a capped score that is already lower', () => {
    // One CED: −8.54 and Poor, 87.91 capped at 84.
    expect(score({ ced: 1 }).score).toBe(84);
    expect(score({ ced: 2 }).score).toBeCloseTo(96.45 - 17.08, 10);
  });

  it('clamps to 0–100', () => {
    expect(score({ delivered: 200_000 }).score).toBe(100);
    expect(score({ dcr: 0.2 }).score).toBe(0);
  });

  it('takes no data as no defects, but gives no score without DCR', () => {
    expect(
      score({ cdf_dpmo: null, dnr_dpmo: null, ced: null, pod: null, contact_compliance: null }).score,
    ).toBeCloseTo(96.45, 10);
    expect(score({ dcr: null })).toMatchObject({ score: null, standing: null });
  });

  it('never leaves 0–100, whatever the metrics (property)', () => {
    const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }));
    const count = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(
        share,
        share,
        share,
        count,
        count,
        count,
        count,
        (dcr, pod, cc, cdf, dnr, ced, delivered) => {
          const s = scoreDa(
            DEFAULT_PROFILE,
            fantasticWeek({ dcr, pod, contact_compliance: cc, cdf_dpmo: cdf, dnr_dpmo: dnr, ced, delivered }),
          );
          if (dcr === null) expect(s.score).toBeNull();
          else {
            expect(s.score).toBeGreaterThanOrEqual(0);
            expect(s.score).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});

describe('the DSP’s estimate and ranks', () => {
  it('weighs each DA by packages delivered, and leaves out DAs without a score', () => {
    expect(
      dspEstimate([
        { score: 90, delivered: 3000 },
        { score: 60, delivered: 1000 },
        { score: null, delivered: 5000 },
      ]),
    ).toBe(82.5);
  });

  it('weighs DAs equally when no deliveries are known, and has no estimate without scores', () => {
    expect(
      dspEstimate([
        { score: 90, delivered: null },
        { score: 60, delivered: 0 },
      ]),
    ).toBe(75);
    expect(dspEstimate([{ score: null, delivered: 100 }])).toBeNull();
    expect(dspEstimate([])).toBeNull();
  });

  it('ranks best first with ties sharing a rank, and no rank without a score', () => {
    expect(ranks([70, 90, null, 90, 50])).toEqual([3, 1, null, 1, 4]);
  });
});
