import { describe, expect, it } from 'vitest';
import { type InspectionOutcome, preTripStatus } from './pre-trip.js';

const at = (kind: InspectionOutcome['kind'], businessDate: string, hour: number, passed: boolean) => ({
  kind,
  businessDate,
  startedAt: `${businessDate}T${String(hour).padStart(2, '0')}:00:00.000Z`,
  passed,
});

// Issue 9: "A van without a passed pre-trip today is flagged everywhere it is offered."
describe('preTripStatus', () => {
  it('is missing with no pre-trip that day, whatever happened other days or on post-trips', () => {
    expect(preTripStatus([], '2026-05-02')).toBe('missing');
    expect(
      preTripStatus(
        [at('pre_trip', '2026-05-01', 14, true), at('post_trip', '2026-05-02', 23, true)],
        '2026-05-02',
      ),
    ).toBe('missing');
  });

  it('is passed or failed as the day’s pre-trip was', () => {
    expect(preTripStatus([at('pre_trip', '2026-05-02', 14, true)], '2026-05-02')).toBe('passed');
    expect(preTripStatus([at('pre_trip', '2026-05-02', 14, false)], '2026-05-02')).toBe('failed');
  });

  it('goes by the latest pre-trip of the day, in any order given', () => {
    const fixed = [at('pre_trip', '2026-05-02', 15, true), at('pre_trip', '2026-05-02', 14, false)];
    expect(preTripStatus(fixed, '2026-05-02')).toBe('passed');
    const brokeLater = [at('pre_trip', '2026-05-02', 14, true), at('pre_trip', '2026-05-02', 16, false)];
    expect(preTripStatus(brokeLater, '2026-05-02')).toBe('failed');
  });
});
