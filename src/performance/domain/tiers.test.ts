import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './profile.js';
import { metricTier, nextTier, standingOf } from './tiers.js';

// Thresholds of the default profile: shared scorecard.md's community figures (EU).
const rules = DEFAULT_PROFILE.metrics;

describe('metric tiers on their edges', () => {
  it('DCR (higher is better, ≥99.5 / ≥98.5 / ≥97): a threshold reached exactly is the tier', () => {
    expect(metricTier('dcr', rules.dcr, 0.995)).toBe('fantastic');
    expect(metricTier('dcr', rules.dcr, 0.9949)).toBe('great');
    expect(metricTier('dcr', rules.dcr, 0.985)).toBe('great');
    expect(metricTier('dcr', rules.dcr, 0.97)).toBe('fair');
    expect(metricTier('dcr', rules.dcr, 0.9699)).toBe('poor');
    expect(metricTier('dcr', rules.dcr, 1)).toBe('fantastic');
  });

  it('CDF DPMO (lower is better, ≤3680 / ≤4450 / ≤5460)', () => {
    expect(metricTier('cdf_dpmo', rules.cdf_dpmo, 3680)).toBe('fantastic');
    expect(metricTier('cdf_dpmo', rules.cdf_dpmo, 3681)).toBe('great');
    expect(metricTier('cdf_dpmo', rules.cdf_dpmo, 5460)).toBe('fair');
    expect(metricTier('cdf_dpmo', rules.cdf_dpmo, 5461)).toBe('poor');
    expect(metricTier('cdf_dpmo', rules.cdf_dpmo, 0)).toBe('fantastic');
  });

  it('DNR DPMO (strict: <1100 / <1300 / <1500): the threshold itself misses the tier', () => {
    expect(metricTier('dnr_dpmo', rules.dnr_dpmo, 1099)).toBe('fantastic');
    expect(metricTier('dnr_dpmo', rules.dnr_dpmo, 1100)).toBe('great');
    expect(metricTier('dnr_dpmo', rules.dnr_dpmo, 1499.99)).toBe('fair');
    expect(metricTier('dnr_dpmo', rules.dnr_dpmo, 1500)).toBe('poor');
  });

  it('CED: any escalation is Poor', () => {
    expect(metricTier('ced', rules.ced, 0)).toBe('fantastic');
    expect(metricTier('ced', rules.ced, 1)).toBe('poor');
  });

  it('no data has no tier, and thresholds that cannot tell give none', () => {
    expect(metricTier('dcr', rules.dcr, null)).toBeNull();
    expect(metricTier('fico', rules.fico, 800)).toBe('fantastic');
    expect(metricTier('fico', rules.fico, 799)).toBeNull(); // only Fantastic's threshold is known
    expect(metricTier('seatbelt', rules.seatbelt, 0.5)).toBeNull(); // none known
  });
});

describe('standings by score band (<40 Poor, <70 Fair, <85 Great, <93 Fantastic, ≥93 Fantastic Plus)', () => {
  it.each([
    [93, 'fantastic_plus'],
    [92.99, 'fantastic'],
    [85, 'fantastic'],
    [84.99, 'great'],
    [70, 'great'],
    [69.99, 'fair'],
    [40, 'fair'],
    [39.99, 'poor'],
    [0, 'poor'],
    [100, 'fantastic_plus'],
  ])('%s → %s', (score, standing) => {
    expect(standingOf(DEFAULT_PROFILE.bands, score)).toBe(standing);
  });
});

describe('the next tier up', () => {
  it('is the nearest better tier, reached exactly at its threshold', () => {
    expect(nextTier('dcr', rules.dcr, 0.96)).toEqual({ tier: 'fair', value: 0.97 });
    expect(nextTier('dcr', rules.dcr, 0.99)).toEqual({ tier: 'fantastic', value: 0.995 });
    expect(nextTier('cdf_dpmo', rules.cdf_dpmo, 5000)).toEqual({ tier: 'great', value: 4450 });
  });

  it('passes a strict threshold by the smallest step', () => {
    const next = nextTier('dnr_dpmo', rules.dnr_dpmo, 1200);
    expect(next?.tier).toBe('fantastic');
    expect(next?.value).toBeLessThan(1100);
    expect(next?.value).toBeGreaterThan(1099.999);
    expect(metricTier('dnr_dpmo', rules.dnr_dpmo, next?.value ?? 0)).toBe('fantastic');
  });

  it('skips tiers whose threshold is not known, and has none at the top or without data', () => {
    expect(nextTier('fico', rules.fico, 700)).toEqual({ tier: 'fantastic', value: 800 });
    expect(nextTier('dcr', rules.dcr, 0.999)).toBeNull();
    expect(nextTier('dcr', rules.dcr, null)).toBeNull();
    expect(nextTier('seatbelt', rules.seatbelt, 3)).toBeNull();
  });
});
