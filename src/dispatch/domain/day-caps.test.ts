import { describe, expect, it } from 'vitest';
import { capBreaches, recentWork, yesterdayClock } from './day-caps.js';

// Issue 14, item 1: the org's hard caps on a DA's day read the 6 days before it.

const caps = { maxDayMinutes: 720, maxSevenDayMinutes: 3600, minRestMinutes: 600 };

describe('recent work', () => {
  it('counts a day’s routes when it had any, else its scheduled shifts, and when yesterday’s route ended', () => {
    const recent = recentWork('2026-03-08', '2026-03-07', [
      { date: '2026-03-02', kind: 'shift', startTime: '10:00', minutes: 540 },
      // The route ran longer than the shift planned: the route counts.
      { date: '2026-03-07', kind: 'shift', startTime: '10:00', minutes: 480 },
      { date: '2026-03-07', kind: 'route', startTime: '16:10', minutes: 560 },
    ]);
    // 01:30 today: past midnight, so 25:30 after yesterday's midnight.
    expect(recent).toEqual({ pastSixDaysMinutes: 540 + 560, yesterdayEndMinute: 25 * 60 + 30 });
    expect(yesterdayClock(recent.yesterdayEndMinute as number)).toBe('25:30');
  });

  it('owes no rest when the DA did not work yesterday', () => {
    const recent = recentWork('2026-03-08', '2026-03-07', []);
    expect(capBreaches({ waveTime: '06:00', plannedMinutes: 600 }, recent, caps)).toEqual([]);
  });
});
