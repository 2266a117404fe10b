import { describe, expect, it } from 'vitest';
import { parseWeekInput } from './input.js';
import { DATES, da, givenWeek, MON, RULES } from './testing.js';

const days = DATES.map((date) => ({
  date,
  firstWave: '10:00',
  routes: 1,
  routeMinutes: 600,
  standbys: 0,
  standbyMinutes: 240,
}));

describe('parseWeekInput', () => {
  it('accepts an Amazon week (Sunday to Saturday) and fills defaults', () => {
    const input = parseWeekInput({ rules: RULES, days, das: [{ id: 'ana', name: 'Ana', wantsDays: 5 }] });
    expect(input.das[0]).toMatchObject({
      unavailable: {},
      preferredDays: [],
      pinned: [],
      lastShiftEndBeforeWeek: null,
    });
  });

  it('takes the org’s dispatch rules as they are, extra fields dropped', () => {
    const input = parseWeekInput({ rules: { ...RULES, standbyCoverageTarget: 0.98 }, days, das: [] });
    expect(input.rules).toEqual(RULES);
  });

  it('refuses a week that does not start on Sunday or skips a day', () => {
    expect(() =>
      parseWeekInput({
        rules: RULES,
        days: days.map((d, i) => ({ ...d, date: DATES[(i + 1) % 7] })),
        das: [],
      }),
    ).toThrow(/Sunday/);
    const gap = days.map((d, i) => (i === 3 ? { ...d, date: '2026-12-20' } : d));
    expect(() => parseWeekInput({ rules: RULES, days: gap, das: [] })).toThrow(/consecutive/);
  });

  it('refuses dates outside the week, two pins a day and a training pin without its hours', () => {
    expect(() =>
      givenWeek({ das: [da('ana', { unavailable: { '2026-12-20': 'approved time off' } })] }),
    ).toThrow(/not in the week/);
    expect(() =>
      givenWeek({
        das: [
          da('ana', {
            pinned: [
              { date: MON, kind: 'route' },
              { date: MON, kind: 'standby' },
            ],
          }),
        ],
      }),
    ).toThrow(/one shift a day/);
    expect(() => givenWeek({ das: [da('ana', { pinned: [{ date: MON, kind: 'training' }] })] })).toThrow(
      /start and minutes/,
    );
    expect(() => givenWeek({ das: [da('ana', { pinned: [{ date: MON, kind: 'ride-along' }] })] })).toThrow(
      /start and minutes/,
    );
  });

  it('refuses duplicate DA ids and a last shift inside the week', () => {
    expect(() => givenWeek({ das: [da('ana'), da('ana')] })).toThrow(/duplicate/);
    expect(() => givenWeek({ das: [da('ana', { lastShiftEndBeforeWeek: '2026-12-07T08:00' })] })).toThrow(
      /before the week/,
    );
  });
});
