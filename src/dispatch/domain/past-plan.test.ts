import { describe, expect, it } from 'vitest';
import { routesPastPlan } from './past-plan.js';

describe('a DA’s routes past plan', () => {
  it('lists only the routes that ran longer than planned, newest first, with the minutes over', () => {
    const route = (date: string, code: string, end: string) => ({
      date,
      code,
      plannedMinutes: 540,
      actualStart: `${date}T14:00:00.000Z`,
      actualEnd: `${end}`,
    });
    expect(
      routesPastPlan([
        route('2026-11-16', 'CX1', '2026-11-17T00:25:00.000Z'),
        route('2026-11-17', 'CX2', '2026-11-17T23:00:00.000Z'),
        route('2026-11-18', 'CX3', '2026-11-18T23:30:00.000Z'),
      ]),
    ).toEqual([
      { date: '2026-11-18', code: 'CX3', plannedMinutes: 540, actualMinutes: 570, minutesOver: 30 },
      // Past midnight UTC is still the same route: 10 h 25 min on a 9-hour plan.
      { date: '2026-11-16', code: 'CX1', plannedMinutes: 540, actualMinutes: 625, minutesOver: 85 },
    ]);
  });
});
