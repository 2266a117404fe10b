import { describe, expect, it } from 'vitest';
import { explainWeek } from './explain.js';
import { greedyPlan } from './heuristic.js';
import { parseWeekInput } from './input.js';
import { planViolations } from './rules.js';
import { scheduleWeek } from './schedule.js';
import { DATES, da, datesOf, givenWeek, MON, RULES, SUN, TUE } from './testing.js';

// Issue 14, item 2: the week's plan keeps the org's hard caps the roster builder keeps (day-caps.ts):
// 12 h a day, 60 h in any rolling 7 days counting the six days before the week, rest across the week
// boundary. A plan that would break them is never made, and the explanation names the cause and the DAs.

/** Ten hours on each of last week's Monday to Friday: 50 h in the six days before the week. */
const fiftyHoursBefore = Object.fromEntries(
  ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((d) => [d, 600]),
);

describe('the week scheduler keeps the hard caps on a DA’s day', () => {
  it('never makes an 11 h Sunday for a DA with 50 h in the six days before: 61 h in 7 days', async () => {
    const input = givenWeek({
      das: [da('imani', { name: 'Imani Clark', minutesBeforeWeek: fiftyHoursBefore }), da('ben')],
      demand: { routeMinutes: 660 },
      days: { [SUN]: { routes: 1 } },
    });
    const { shifts } = await scheduleWeek(input);
    expect(shifts.map((s) => [s.daId, s.date])).toEqual([['ben', SUN]]);
    expect(planViolations(input, shifts)).toEqual([]);
    const why = explainWeek(input, shifts);
    expect(why.causes).toContainEqual({
      date: SUN,
      text: 'Sun 2026-12-06: would reach 61 h in 7 days, past the 60 h cap',
      das: [{ daId: 'imani', name: 'Imani Clark' }],
    });
  });

  it('counts the week’s own shifts in each rolling window: 40 h before, then Monday’s 11 h keeps Sunday off', async () => {
    // The 7 days ending Monday: last Tue–Fri (40 h), Sunday and Monday. With Sunday worked that is 62 h.
    const before = Object.fromEntries(Object.entries(fiftyHoursBefore).slice(1));
    const input = givenWeek({
      das: [da('imani', { minutesBeforeWeek: before, pinned: [{ date: MON, kind: 'route' }] })],
      demand: { routeMinutes: 660 },
      days: { [SUN]: { routes: 1 }, [MON]: { routes: 1 } },
    });
    const { shifts } = await scheduleWeek(input);
    expect(datesOf(shifts, 'imani')).toEqual([MON]);
    expect(explainWeek(input, shifts).days[0]?.text).toBe(
      'Sun 2026-12-06: 1 route short — 1 DA can work that day: 0 scheduled, 1 would reach 62 h in 7 days, past the 60 h cap',
    );
    expect(
      planViolations(input, [
        ...shifts,
        { daId: 'imani', date: SUN, kind: 'route', start: '10:00', minutes: 660, pinned: false },
      ]),
    ).toContain('Imani (imani): 3720 minutes in 7 days, over the cap of 3600');
  });

  it('gives a DA with 40 h before the week Sunday or Monday, never both (solver and greedy plan)', async () => {
    const before = Object.fromEntries(Object.entries(fiftyHoursBefore).slice(1));
    const input = givenWeek({
      das: [da('imani', { minutesBeforeWeek: before })],
      demand: { routeMinutes: 660 },
      days: { [SUN]: { routes: 1 }, [MON]: { routes: 1 } },
    });
    for (const plan of [(await scheduleWeek(input)).shifts, greedyPlan(input)]) {
      expect(plan).toHaveLength(1);
      expect(planViolations(input, plan)).toEqual([]);
    }
  });

  it('never makes a shift longer than the day cap, and says so once for every DA it keeps off', async () => {
    const input = givenWeek({
      das: [da('ana', { name: 'Ana Ruiz' }), da('ben', { name: 'Ben Okafor' })],
      demand: { routes: 1, routeMinutes: 780 },
      rules: { maxWeekMinutes: 6000, maxWeekMinutesWithOvertime: 6000 },
    });
    for (const plan of [(await scheduleWeek(input)).shifts, greedyPlan(input)]) expect(plan).toEqual([]);
    const why = explainWeek(input, []);
    const tuesday = why.causes.find((c) => c.date === TUE);
    expect(tuesday?.text).toBe('Tue 2026-12-08: would work 13 h in a day, past the 12 h day cap');
    expect(tuesday?.das.map((d) => d.name)).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });

  it('keeps the rest rule across the week boundary: a Saturday that ended at 23:00 keeps Sunday’s 07:00 route', async () => {
    const input = givenWeek({
      das: [da('ana', { lastShiftEndBeforeWeek: '2026-12-05T23:00' })],
      demand: { routeMinutes: 480, firstWave: '07:00' },
      days: { [SUN]: { routes: 1 } },
    });
    const { shifts } = await scheduleWeek(input);
    expect(datesOf(shifts, 'ana')).not.toContain(SUN);
    expect(explainWeek(input, shifts).causes[0]?.text).toBe(
      'Sun 2026-12-06: would break the 10 h rest after their last shift before the week',
    );
  });

  it('takes the caps from the org’s rules, defaulting to 12 h and 60 h, and only the six days before the week', () => {
    const days = DATES.map((date) => ({
      date,
      firstWave: '10:00',
      routes: 0,
      routeMinutes: 600,
      standbys: 0,
      standbyMinutes: 240,
    }));
    const { maxDayMinutes, maxSevenDayMinutes, ...older } = RULES;
    expect(parseWeekInput({ rules: older, days, das: [] }).rules).toMatchObject({
      maxDayMinutes: 720,
      maxSevenDayMinutes: 3600,
    });
    expect(() =>
      parseWeekInput({ rules: RULES, days, das: [da('ana', { minutesBeforeWeek: { '2026-11-29': 600 } })] }),
    ).toThrow(/not one of the six days before the week/);
  });
});
