import { describe, expect, it } from 'vitest';
import { dayCountCost, evaluatePlan, WEIGHTS } from './objective.js';
import { da, givenWeek, MON, TUE } from './testing.js';

describe('dayCountCost', () => {
  it('is convex in days short: two DAs a day short each cost less than one DA two days short', () => {
    expect(dayCountCost(5, 4) * 2).toBe(200);
    expect(dayCountCost(5, 3)).toBe(300);
    expect(dayCountCost(5, 5)).toBe(0);
    expect(dayCountCost(3, 5)).toBe(WEIGHTS.extraDay + 2 * WEIGHTS.extraDay);
  });
});

describe('WEIGHTS act in priority order (docs/week-schedule.md)', () => {
  const longestShift = 16 * 60;
  const biggestDayStep =
    7 * WEIGHTS.shortDay + 7 * WEIGHTS.extraDay + WEIGHTS.offPreferredDay + 2 * WEIGHTS.continuityDay;

  it('a route outweighs a standby plus the overtime of the longest shift', () => {
    expect(WEIGHTS.routeShort).toBeGreaterThan(
      WEIGHTS.standbyShort + longestShift * WEIGHTS.overtimeMinute + biggestDayStep,
    );
  });
  it('a standby outweighs the overtime of the longest shift and any fairness step', () => {
    expect(WEIGHTS.standbyShort).toBeGreaterThan(longestShift * WEIGHTS.overtimeMinute + biggestDayStep);
  });
  it('one minute of overtime outweighs any fairness step of one day', () => {
    expect(WEIGHTS.overtimeMinute).toBeGreaterThan(biggestDayStep);
  });
  it('the smallest fairness step outweighs the preference and continuity changes of a swap', () => {
    expect(WEIGHTS.extraDay).toBeGreaterThan(2 * (WEIGHTS.offPreferredDay + 2 * WEIGHTS.continuityDay));
    expect(WEIGHTS.offPreferredDay).toBeGreaterThan(2 * WEIGHTS.continuityDay);
  });
});

describe('evaluatePlan', () => {
  it('adds up each part with its weight', () => {
    const input = givenWeek({
      das: [da('ana', { wantsDays: 1, preferredDays: ['tue'], lastWeekDays: ['tue'] })],
      days: { [MON]: { routes: 2, standbys: 1 } },
    });
    const plan = [
      { daId: 'ana', date: MON, kind: 'route' as const, start: '10:00', minutes: 600, pinned: false },
    ];
    expect(evaluatePlan(input, plan)).toEqual({
      routesShort: 1,
      standbysShort: 1,
      overtimeMinutes: 0,
      daysShort: 0,
      daysExtra: 0,
      fairnessCost: 0,
      offPreferredDays: 1,
      continuityChanges: 2,
      total: WEIGHTS.routeShort + WEIGHTS.standbyShort + WEIGHTS.offPreferredDay + 2 * WEIGHTS.continuityDay,
    });
    expect(TUE).toBe('2026-12-08');
  });
});
