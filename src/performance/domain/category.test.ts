import { describe, expect, it } from 'vitest';
import { categoryView } from './category.js';
import { DEFAULT_PROFILE } from './profile.js';
import { tiersOf } from './score.js';
import { fantasticWeek } from './testing.js';

const da = (over: Parameters<typeof fantasticWeek>[0], amazonTiers: Record<string, string> = {}) => {
  const metrics = fantasticWeek(over);
  return { metrics, ourTiers: tiersOf(DEFAULT_PROFILE, metrics), amazonTiers };
};

describe('the DSP’s week by scorecard category', () => {
  const view = categoryView(DEFAULT_PROFILE, [
    da({ dcr: 0.99, delivered: 3000, ced: 0, fico: 820 }, { dcr: 'great', fico: 'fantastic' }),
    da({ dcr: 0.95, delivered: 1000, ced: 1, fico: null }, { dcr: 'poor' }),
  ]);
  const metric = (key: string) => view.flatMap((c) => c.metrics).find((m) => m.key === key);

  it('groups the metrics by Amazon’s categories', () => {
    expect(view.map((c) => c.category)).toEqual(['safety', 'delivery', 'pickup', 'volume']);
    expect(view[0]?.metrics.map((m) => m.key)).toContain('fico');
    expect(view[2]?.metrics.map((m) => m.key)).toEqual(['psb']);
  });

  it('weighs shares by deliveries and adds up counts, then tiers the result', () => {
    expect(metric('dcr')).toMatchObject({ tier: 'fair', das: 2 }); // 98%: Fair (≥97, under 98.5)
    expect(metric('dcr')?.value).toBeCloseTo((0.99 * 3000 + 0.95 * 1000) / 4000, 10);
    expect(metric('ced')).toMatchObject({ value: 1, tier: 'poor' }); // one escalation: the week is Poor
    expect(metric('delivered')).toMatchObject({ value: 4000, tier: null });
  });

  it('counts the DAs in each tier by our thresholds and by Amazon’s file, leaving out no data', () => {
    expect(metric('dcr')).toMatchObject({
      ourTiers: { great: 1, poor: 1 },
      amazonTiers: { great: 1, poor: 1 },
    });
    expect(metric('fico')).toMatchObject({ value: 820, das: 1, amazonTiers: { fantastic: 1 } });
    expect(metric('psb')).toMatchObject({ value: null, tier: null, das: 0, ourTiers: {}, amazonTiers: {} });
  });
});
