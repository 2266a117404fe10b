import { describe, expect, it } from 'vitest';
import { type AmazonWeek, agreement, fitWeights } from './fit.js';
import { fitReport, weightInWords } from './fit-report.js';
import { METRIC_KEYS, type MetricValues } from './metrics.js';
import { DEFAULT_PROFILE, type ScoringProfile } from './profile.js';
import { scoreDa } from './score.js';
import { fantasticWeek } from './testing.js';

/** A fixed pseudo-random stream (mulberry32), so the synthetic weeks are the same every run. */
function stream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The "Amazon" the synthetic files come from: the default with weights of its own, safety heavy. */
const truth: ScoringProfile = structuredClone(DEFAULT_PROFILE);
truth.intercept = -80;
truth.metrics.following_distance.weight = -35;
truth.metrics.speeding.weight = -12;
truth.metrics.distractions.weight = 0;
truth.metrics.fico.weight = 0.02;
truth.metrics.dcr.weight = 110;
truth.metrics.pod.weight = 25;

function syntheticWeeks(weeks: number, das: number): AmazonWeek[] {
  const rand = stream(14);
  const out: AmazonWeek[] = [];
  for (let w = 0; w < weeks; w++) {
    const weekStart = `2026-${String(1 + Math.floor(w / 4) + 1).padStart(2, '0')}-${String(1 + (w % 4) * 7).padStart(2, '0')}`;
    for (let d = 0; d < das; d++) {
      const metrics: MetricValues = fantasticWeek({
        dcr: 0.97 + rand() * 0.03,
        pod: 0.93 + rand() * 0.07,
        cdf_dpmo: rand() * 6000,
        fico: 650 + rand() * 200,
        following_distance: rand() * 0.4,
        speeding: rand() * 0.4,
        distractions: rand() * 0.4,
        delivered: 800 + Math.floor(rand() * 800),
      });
      const linear = scoreDa(
        { ...truth, poorCaps: { ...truth.poorCaps, one: 100, twoOrMore: 100 } },
        metrics,
      );
      out.push({
        weekStart,
        metrics,
        amazonScore: linear.score,
        amazonStanding: linear.standing,
        amazonPoor: false,
      });
    }
  }
  return out;
}

describe('fitting the profile’s weights to Amazon’s scores', () => {
  it('recovers the weights the scores were made with', () => {
    const fit = fitWeights(DEFAULT_PROFILE, syntheticWeeks(8, 40));
    expect(fit).not.toBeNull();
    const w = fit?.weights;
    expect(w?.following_distance).toBeCloseTo(-35, 4);
    expect(w?.speeding).toBeCloseTo(-12, 4);
    expect(w?.distractions).toBeCloseTo(0, 4);
    expect(w?.fico).toBeCloseTo(0.02, 6);
    expect(w?.dcr).toBeCloseTo(110, 3);
    expect(w?.pod).toBeCloseTo(25, 3);
    expect(w?.delivered).toBeCloseTo(0.00045, 6);
    expect(w?.cdf_dpmo).toBeCloseTo(10, 3);
    // Metrics that never moved keep the default's weight, and say so.
    expect(fit?.unchanged).toEqual([
      'seatbelt',
      'sign_signal',
      'ced',
      'dnr_dpmo',
      'dsb_dpmo',
      'contact_compliance',
      'psb',
    ]);
    expect(w?.dnr_dpmo).toBe(DEFAULT_PROFILE.metrics.dnr_dpmo.weight);
    expect(fit?.intercept).toBeCloseTo(-80, 2);
  });

  it('never lets a better value cost points: a weight of the wrong sign stops at 0', () => {
    const weeks = syntheticWeeks(6, 30).map((w) => ({
      ...w,
      // Amazon's score rising with following-distance events: the fit refuses to follow.
      amazonScore: (w.amazonScore as number) + 80 * (w.metrics.following_distance as number),
    }));
    expect(fitWeights(DEFAULT_PROFILE, weeks)?.weights.following_distance).toBe(0);
  });

  it('leaves out weeks Amazon capped for a Poor metric, clamped at 0 or 100, or without its score', () => {
    const weeks = syntheticWeeks(4, 20);
    const noisy = weeks.map((w, i) => (i % 2 ? { ...w, amazonPoor: true, amazonScore: 10 } : w));
    expect(fitWeights(DEFAULT_PROFILE, noisy)?.das).toBe(40);
    expect(fitWeights(DEFAULT_PROFILE, weeks.slice(0, 5))).toBeNull();
  });

  it('reports the error on the newest weeks, held out of the fit', () => {
    const report = fitReport(DEFAULT_PROFILE, syntheticWeeks(8, 40), 'Fitted');
    expect(report.heldOutWeeks).toHaveLength(2);
    expect(report.fittedWeeks).toHaveLength(6);
    expect(report.fittedWeeks.some((w) => report.heldOutWeeks.includes(w))).toBe(false);
    expect(report.after.das).toBe(80);
    expect(report.after.meanAbsError).toBeLessThan(0.01);
    expect(report.before.meanAbsError).toBeGreaterThan(report.after.meanAbsError as number);
    expect(report.after.standingAgreement).toBe(1);
    expect(report.profile?.name).toBe('Fitted');
    expect(report.notes.find((n) => n.key === 'following_distance')?.words).toBe(
      'Following distance rate: each event per 1,000 trips costs 3.5 points; less is better.',
    );
  });

  it('says so when a single week cannot be split into fitted and held-out weeks', () => {
    const report = fitReport(DEFAULT_PROFILE, syntheticWeeks(1, 40), 'Fitted');
    expect(report.profile).toBeNull();
    expect(report.heldOutWeeks).toEqual([]);
    expect(report.notes).toEqual([]);
  });
});

describe('a weight in a manager’s words', () => {
  it('names a step of the metric and what it is worth', () => {
    expect(weightInWords(DEFAULT_PROFILE, 'dcr', false)).toBe(
      'Delivery completion rate (DCR): each percentage point adds 1.3 points; more is better.',
    );
    expect(weightInWords(DEFAULT_PROFILE, 'cdf_dpmo', false)).toBe(
      'CDF DPMO: each 1,000 DPMO costs 1.0 points; less is better.',
    );
    expect(weightInWords(DEFAULT_PROFILE, 'psb', true)).toBe(
      'Pickup success (PSB): not counted (it did not vary in the weeks fitted).',
    );
  });
});

describe('agreement with Amazon', () => {
  it('is the mean absolute difference and the share of the same standing, over weeks both scored', () => {
    expect(
      agreement([
        { ours: 90, ourStanding: 'fantastic', amazon: 93, amazonStanding: 'fantastic_plus' },
        { ours: 80, ourStanding: 'great', amazon: 79, amazonStanding: 'great' },
        { ours: null, ourStanding: null, amazon: 50, amazonStanding: 'fair' },
      ]),
    ).toEqual({ das: 2, meanAbsError: 2, standingAgreement: 0.5 });
    expect(agreement([]).meanAbsError).toBeNull();
  });
});

it('keeps every metric in the catalogue', () => {
  expect(Object.keys(fitWeights(DEFAULT_PROFILE, syntheticWeeks(3, 40))?.weights ?? {})).toEqual([
    ...METRIC_KEYS,
  ]);
});
