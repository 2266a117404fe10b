import { describe, expect, it } from 'vitest';
import { METRIC_KEYS, METRICS } from './metrics.js';
import { DEFAULT_PROFILE, profileInForce, ScoringProfileSchema } from './profile.js';
import { scoreDa } from './score.js';
import { fantasticWeek } from './testing.js';

describe('the default scoring profile', () => {
  it('is labelled an estimate, not Amazon’s formula', () => {
    expect(DEFAULT_PROFILE.name).toBe('Community estimate with safety (not Amazon’s formula)');
    expect(DEFAULT_PROFILE.estimate).toBe(true);
  });

  it('weighs every safety metric, as Amazon does (the community formula weighs none)', () => {
    for (const m of METRICS.filter((m) => m.category === 'safety')) {
      expect(DEFAULT_PROFILE.metrics[m.key].weight, m.key).not.toBe(0);
    }
    const clean = scoreDa(DEFAULT_PROFILE, fantasticWeek()).score as number;
    // Four following-distance events in 750 trips: about 10 points.
    const tailgating = scoreDa(DEFAULT_PROFILE, fantasticWeek({ following_distance: 0.533 })).score as number;
    expect(clean - tailgating).toBeCloseTo(10.66, 2);
    // A DA without a FICO neither gains nor loses; a FICO of 700 costs 4 points.
    expect(scoreDa(DEFAULT_PROFILE, fantasticWeek({ fico: 800 })).score).toBeCloseTo(clean, 10);
    expect(scoreDa(DEFAULT_PROFILE, fantasticWeek({ fico: 700 })).score).toBeCloseTo(clean - 4, 10);
  });

  it('is a valid profile with a definition in English and Spanish for every metric', () => {
    expect(ScoringProfileSchema.parse(DEFAULT_PROFILE)).toEqual(DEFAULT_PROFILE);
    for (const key of METRIC_KEYS) {
      expect(DEFAULT_PROFILE.metrics[key].definition.en.length, key).toBeGreaterThan(20);
      expect(DEFAULT_PROFILE.metrics[key].definition.es.length, key).toBeGreaterThan(20);
    }
  });
});

describe('an owner’s profile', () => {
  it('is refused with thresholds out of order for the metric’s direction, or bands out of order', () => {
    const bad = structuredClone(DEFAULT_PROFILE);
    bad.metrics.dcr.thresholds = { fantastic: 0.97, great: 0.985, fair: 0.995 };
    bad.metrics.cdf_dpmo.thresholds = { fantastic: 5000, great: null, fair: 3000 };
    bad.bands.great = 90;
    const issues = ScoringProfileSchema.safeParse(bad).error?.issues.map((i) => i.path.join('.'));
    expect(issues).toEqual(['bands', 'metrics.cdf_dpmo.thresholds', 'metrics.dcr.thresholds']);
  });

  it('is refused with a metric left out or one the catalogue does not know', () => {
    const { psb: _, ...missing } = DEFAULT_PROFILE.metrics;
    expect(ScoringProfileSchema.safeParse({ ...DEFAULT_PROFILE, metrics: missing }).success).toBe(false);
    const extra = { ...DEFAULT_PROFILE.metrics, speed: DEFAULT_PROFILE.metrics.psb };
    expect(ScoringProfileSchema.safeParse({ ...DEFAULT_PROFILE, metrics: extra }).success).toBe(false);
  });
});

describe('the profile in force in a week', () => {
  const v = (effectiveWeek: string, name: string) => ({
    effectiveWeek,
    profile: { ...DEFAULT_PROFILE, name },
  });
  const versions = [v('2026-03-01', 'spring'), v('2026-01-04', 'winter')];

  it('is the latest version effective on or before the week', () => {
    expect(profileInForce(versions, '2026-03-01').profile.name).toBe('spring');
    expect(profileInForce(versions, '2026-02-22').profile.name).toBe('winter');
    expect(profileInForce(versions, '2026-01-04').effectiveWeek).toBe('2026-01-04');
  });

  it('is the default before any version', () => {
    expect(profileInForce(versions, '2025-12-28')).toEqual({ effectiveWeek: null, profile: DEFAULT_PROFILE });
    expect(profileInForce([], '2026-03-01').profile).toBe(DEFAULT_PROFILE);
  });
});
