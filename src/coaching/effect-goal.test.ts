import { describe, expect, it } from 'vitest';
import { METRIC_KEYS } from '../performance/domain/metrics.js';
import { DEFAULT_PROFILE } from '../performance/domain/profile.js';
import { measureGoal } from './effect.js';

describe('the goal line of a "did it work?" chart', () => {
  it('is the Fantastic score for our score, and each metric’s own Fantastic threshold', () => {
    expect(measureGoal(DEFAULT_PROFILE, 'score')).toEqual({
      value: DEFAULT_PROFILE.bands.fantastic,
      label: 'Fantastic',
    });
    for (const key of METRIC_KEYS) {
      const threshold = DEFAULT_PROFILE.metrics[key].thresholds.fantastic;
      expect(measureGoal(DEFAULT_PROFILE, key), key).toEqual(
        threshold === null ? null : { value: threshold, label: 'Fantastic' },
      );
    }
  });

  it('draws none for a count of events: zero is the axis', () => {
    expect(measureGoal(DEFAULT_PROFILE, 'events:speeding')).toBeNull();
  });
});
